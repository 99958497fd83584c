/**
 * Web weight benchmark (issue 18). Prints figures; not a test. Needs the build (`npm run build`)
 * and Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Run: `npx tsx bench/web-weight.ts`.
 *
 * Starts the built app as the browser tests do, sets up an organisation with a programme, an open
 * survey and an open knowledge check, then opens each page in a fresh browser context (empty
 * cache, phone-sized) and adds up the bytes that crossed the wire: login, the first page after
 * login (the programme list) and the three public pages. Each page three times: with
 * `Accept-Encoding: identity` (what every browser got before issue 18), gzip only, and Chromium's
 * own header (br where it offers it).
 */
import { setUpWithProgramme, startSession } from '../tests/e2e/support.js';
import { openPublicPages, weighPage } from '../tests/e2e/weight.js';

const ENCODINGS = [
  { name: 'none', headers: { 'accept-encoding': 'identity' } },
  { name: 'gzip', headers: { 'accept-encoding': 'gzip' } },
  { name: 'Chromium', headers: undefined },
] as const;

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

const session = await startSession();
try {
  const { page, browser, running } = session;
  await setUpWithProgramme(page, running.setupLink, { title: 'Datalekken melden', problem: 'Lekken worden te laat gemeld.' });
  const publicPages = await openPublicPages(page, running.baseUrl);
  const signedIn = await page.context().storageState();
  const pages = [
    { name: 'login (/login)', url: `${running.baseUrl}/login`, storageState: undefined },
    { name: 'first page after login (/programmes)', url: `${running.baseUrl}/programmes`, storageState: signedIn },
    ...publicPages.map((p) => ({ ...p, storageState: undefined })),
  ];
  console.log(`| page | ${ENCODINGS.map((e) => `JS+CSS, ${e.name}`).join(' | ')} | all, ${ENCODINGS.map((e) => e.name).join(' / ')} |`);
  console.log(`|---|${ENCODINGS.map(() => '---:|').join('')}---:|`);
  for (const { name, url, storageState } of pages) {
    const weights = [];
    for (const { headers } of ENCODINGS) weights.push(await weighPage(browser, url, { storageState, headers }));
    console.log(`| ${name} | ${weights.map((w) => `${kB(w.jsCss)} kB`).join(' | ')} | ${weights.map((w) => kB(w.all)).join(' / ')} kB |`);
  }
} finally {
  await session.stop();
}
