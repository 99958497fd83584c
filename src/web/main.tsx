import './app/overrides.css';
import { textsReady } from './i18n/index.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadPageAt } from './app/App.js';

// The build gives each Mantine component its styles (src/build/mantine-styles.ts); the development server cannot.
if (import.meta.env.DEV) void import('@mantine/core/styles.css');

/**
 * A tab opened before a new version still asks for the old files: a page it has not opened yet
 * cannot load. It reloads once to get the new ones; if that was a minute ago, the page says it
 * cannot load instead (components/LoadBoundary.tsx), so it never reloads over and over.
 */
const RELOADED_AT = 'wegwijs.reloadedForNewFiles';
window.addEventListener('vite:preloadError', (event) => {
  if (Date.now() - Number(sessionStorage.getItem(RELOADED_AT) ?? 0) < 60_000) return;
  sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  event.preventDefault();
  window.location.reload();
});

loadPageAt(window.location.pathname);
const root = createRoot(document.getElementById('root')!);
void textsReady.then(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
