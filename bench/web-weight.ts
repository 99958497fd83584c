/**
 * Web weight benchmark (issue 18). Prints figures; not a test. Needs the build (`npm run build`, or
 * WEB_ROOT pointing at another build directory) and Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium). Run: `npx tsx bench/web-weight.ts`.
 *
 * Starts the built app as the browser tests do, sets up an organisation with a programme, an open
 * survey and an open knowledge check, then opens each page in a fresh browser context (empty
 * cache, phone-sized) and adds up the bytes that crossed the wire: login, the first page after
 * login (the programme list) and the three public pages. Each page three times: with
 * `Accept-Encoding: identity` (what every browser got before issue 18), gzip only, and Chromium's
 * own header (br where it offers it).
 *
 * Then the time to interactive of each page on a throttled phone (PHONE below): from the start of
 * the navigation until the page shows its heading and the first form field or button in its main
 * part can be used. The median of RUNS fresh visits, each with an empty cache.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { setUpWithProgramme, startSession } from '../tests/e2e/support.js';
import { openPublicPages, weighPage } from '../tests/e2e/weight.js';

/**
 * Lighthouse's mobile profile ("Slow 4G" on a mid-range phone): 150 ms round trip, 1.6 Mbit/s
 * down, 750 kbit/s up, and the processor 4 times slower than this machine's.
 */
const PHONE = { latencyMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3, cpuSlowdown: 4 };
const RUNS = 5;

const ENCODINGS = [
  { name: 'none', headers: { 'accept-encoding': 'identity' } },
  { name: 'gzip', headers: { 'accept-encoding': 'gzip' } },
  { name: 'Chromium', headers: undefined },
] as const;

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** Milliseconds from the start of the navigation until the page can be used, on the PHONE profile. */
async function timeToInteractive(browser: Browser, url: string, storageState: BrowserContextOptions['storageState']): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.downloadBitsPerSecond / 8,
    uploadThroughput: PHONE.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  const ready = await page.waitForFunction(
    () => {
      const main = document.getElementById('main');
      const usable =
        main?.querySelector('h1') && main.querySelector('input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])');
      // performance.now() counts from the start of the navigation.
      return usable ? performance.now() : false;
    },
    undefined,
    { timeout: 60_000 },
  );
  const ms = (await ready.jsonValue()) as number;
  await context.close();
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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
  // JS alone, gzip: issue 18's "initial JavaScript" (150 kB for the login page and the first page after it).
  console.log(`| page | JS, gzip | ${ENCODINGS.map((e) => `JS+CSS, ${e.name}`).join(' | ')} | all, ${ENCODINGS.map((e) => e.name).join(' / ')} |`);
  console.log(`|---|---:|${ENCODINGS.map(() => '---:|').join('')}---:|`);
  for (const { name, url, storageState } of pages) {
    const weights = [];
    for (const { headers } of ENCODINGS) weights.push(await weighPage(browser, url, { storageState, headers }));
    const gzip = weights[ENCODINGS.findIndex((e) => e.name === 'gzip')]!;
    console.log(`| ${name} | ${kB(gzip.js)} kB | ${weights.map((w) => `${kB(w.jsCss)} kB`).join(' | ')} | ${weights.map((w) => kB(w.all)).join(' / ')} kB |`);
  }
  console.log(
    `\nTime to interactive, phone (${PHONE.latencyMs} ms, ${PHONE.downloadBitsPerSecond / 1e6} Mbit/s, CPU ×${PHONE.cpuSlowdown}), median of ${RUNS}:\n`,
  );
  console.log('| page | time to interactive |');
  console.log('|---|---:|');
  for (const { name, url, storageState } of pages) {
    const times = [];
    for (let run = 0; run < RUNS; run++) times.push(await timeToInteractive(browser, url, storageState));
    console.log(`| ${name} | ${(median(times) / 1000).toFixed(2)} s |`);
  }
} finally {
  await session.stop();
}
