import './app/overrides.css';
import { textsReady } from './i18n/index.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadPageAt } from './app/App.js';

// The build gives each Mantine component its styles (src/build/mantine-styles.ts); the development server cannot.
if (import.meta.env.DEV) void import('@mantine/core/styles.css');

loadPageAt(window.location.pathname);
const root = createRoot(document.getElementById('root')!);
void textsReady.then(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
