import './respond.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

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

/**
 * The page for this address. Each is its own chunk, so a phone loads only the page it opens
 * (issue 18, weight); the chunk is fetched before the first render, so nothing flashes.
 */
async function pageFor(pathname: string): Promise<ReactNode> {
  /** `/melden/<slug>`: the breach report form. */
  const breachSlug = /^\/melden\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (breachSlug !== undefined) {
    const { BreachReportPage } = await import('./breach/BreachReportPage.js');
    return <BreachReportPage slug={decodeSlug(breachSlug)} />;
  }
  /** `/k/<slug>`: a knowledge check with feedback. */
  const checkSlug = /^\/k\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (checkSlug !== undefined) {
    const { KnowledgeCheckPage } = await import('./knowledge/KnowledgeCheckPage.js');
    return <KnowledgeCheckPage slug={decodeSlug(checkSlug)} />;
  }
  const { RespondPage } = await import('./RespondPage.js');
  /** `/voorbeeld/<programme>/<survey>`: the team's preview of a survey, framed in the staff app. */
  const preview = /^\/voorbeeld\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  if (preview) return <RespondPage source={{ kind: 'preview', programmeId: decodeSlug(preview[1]!), surveyId: decodeSlug(preview[2]!) }} />;
  return <RespondPage source={{ kind: 'link', ...readLocation() }} />;
}

const root = createRoot(document.getElementById('root')!);
void pageFor(window.location.pathname).then((page) => root.render(<StrictMode>{page}</StrictMode>));
