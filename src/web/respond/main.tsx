import './respond.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BreachReportPage } from './breach/BreachReportPage.js';
import { KnowledgeCheckPage } from './knowledge/KnowledgeCheckPage.js';
import { RespondPage } from './RespondPage.js';

/** A path segment as the server reads it; a broken encoding is no slug at all. */
function decodeSlug(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** `/s/<slug>` or `/s/<slug>?t=<invitation token>`. */
function readLocation(): { slug: string; token: string | null } {
  const match = /^\/s\/([^/]+)\/?$/.exec(window.location.pathname);
  const slug = match?.[1] ? decodeSlug(match[1]) : '';
  const params = new URLSearchParams(window.location.search);
  const token = params.get('t');
  if (params.has('t')) {
    // The token stays in memory only: take it out of the address bar so it is not shared by copy-paste.
    params.delete('t');
    const rest = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`);
  }
  return { slug, token: token && token.length > 0 ? token : null };
}

/** `/melden/<slug>`: the breach report form. */
const breachSlug = /^\/melden\/([^/]+)\/?$/.exec(window.location.pathname)?.[1];
/** `/k/<slug>`: a knowledge check with feedback. */
const checkSlug = /^\/k\/([^/]+)\/?$/.exec(window.location.pathname)?.[1];

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {breachSlug !== undefined ? (
      <BreachReportPage slug={decodeSlug(breachSlug)} />
    ) : checkSlug !== undefined ? (
      <KnowledgeCheckPage slug={decodeSlug(checkSlug)} />
    ) : (
      <RespondPage {...readLocation()} />
    )}
  </StrictMode>,
);
