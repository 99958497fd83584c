import './respond.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RespondPage } from './RespondPage.js';

/** `/s/<slug>` or `/s/<slug>?t=<invitation token>`. */
function readLocation(): { slug: string; token: string | null } {
  const match = /^\/s\/([^/]+)\/?$/.exec(window.location.pathname);
  let slug = '';
  try {
    slug = match?.[1] ? decodeURIComponent(match[1]) : '';
  } catch {
    slug = '';
  }
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

const { slug, token } = readLocation();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RespondPage slug={slug} token={token} />
  </StrictMode>,
);
