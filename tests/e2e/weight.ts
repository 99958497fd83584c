import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/**
 * What a page costs to load on a first visit: the bytes of JavaScript and CSS (and all in all) as
 * they crossed the wire, so compressed when the server compressed them. Shared by the budget test
 * (web-weight.test.ts) and bench/web-weight.ts.
 */
export interface PageWeight {
  /** Encoded body bytes of scripts: issue 18's "initial JavaScript". */
  js: number;
  /** Encoded body bytes of scripts and style sheets. */
  jsCss: number;
  /** Encoded body bytes of everything the page loaded (API answers and fonts included). */
  all: number;
  /** The assets the page loaded under /assets/, with the Content-Encoding each came with. */
  assets: { url: string; bytes: number; encoding: string | undefined }[];
}

/**
 * Opens `url` in a fresh context (empty cache; the cookies of `storageState`, when given) on a
 * phone-sized screen, waits until the network is quiet and adds up what was transferred.
 * `headers` go with every request: `{ 'accept-encoding': 'identity' }` measures the uncompressed size.
 */
export async function weighPage(
  browser: Browser,
  url: string,
  options: { storageState?: BrowserContextOptions['storageState']; headers?: Record<string, string> } = {},
): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: options.storageState, extraHTTPHeaders: options.headers });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const weight: PageWeight = { js: 0, jsCss: 0, all: 0, assets: [] };
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        weight.all += sizes.responseBodySize;
        if (['script', 'stylesheet'].includes(request.resourceType())) weight.jsCss += sizes.responseBodySize;
        if (request.resourceType() === 'script') weight.js += sizes.responseBodySize;
        if (new URL(request.url()).pathname.startsWith('/assets/'))
          weight.assets.push({ url: request.url(), bytes: sizes.responseBodySize, encoding: (await response?.allHeaders())?.['content-encoding'] });
      })(),
    );
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await Promise.all(pending);
  await context.close();
  return weight;
}

/**
 * The three pages staff open on a phone without an account, each with real content: the breach
 * report form, an open survey and an open knowledge check. `page` is signed in as an admin on a
 * programme's page (setUpWithProgramme).
 */
export async function openPublicPages(page: Page, baseUrl: string): Promise<{ name: string; url: string }[]> {
  const programmeId = /\/programmes\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!programmeId) throw new Error(`not on a programme's page: ${page.url()}`);
  const session = await (await page.request.get(`${baseUrl}/api/auth/session`)).json();
  const headers = { origin: baseUrl, 'x-csrf-token': session.csrfToken };
  const post = async (path: string, data: unknown) => {
    const reply = await page.request.post(`${baseUrl}${path}`, { data, headers });
    if (!reply.ok()) throw new Error(`${path}: ${reply.status()} ${await reply.text()}`);
    return reply.json();
  };
  const text = (nl: string) => ({ nl, en: '' });
  const survey = await post(`/api/programmes/${programmeId}/surveys`, {
    title: 'Veilig mailen',
    linkEnabled: true,
    definition: {
      behaviour: 'het adres controleren',
      intro: text('Vijf minuten over veilig mailen.'),
      scale: 5,
      items: [
        { id: 'i1', factor: 'C-psy', text: text('Ik weet hoe ik het adres controleer.'), bankId: null },
        { id: 'i2', factor: 'O-phy', text: text('Ik heb er tijd voor.'), bankId: null },
      ],
      groups: [
        {
          id: 'department',
          question: text('Afdeling?'),
          options: [
            { id: 'a', label: text('A') },
            { id: 'b', label: text('B') },
          ],
        },
      ],
    },
  });
  const openSurvey = await post(`/api/programmes/${programmeId}/surveys/${survey.id}/open`, {});
  const check = await post('/api/knowledge', {
    title: 'Datalek of niet?',
    programmeId: null,
    definition: { scenarios: ['breach-wrong-gp', 'sharing-police-phone'], departments: [] },
  });
  const openCheck = await post(`/api/knowledge/${check.id}/open`, {});
  const organisation = await (await page.request.get(`${baseUrl}/api/organisation`)).json();
  return [
    { name: 'datalek melden (/melden)', url: `${baseUrl}/melden/${organisation.organisation.breachSlug}` },
    { name: 'vragenlijst (/s)', url: `${baseUrl}/s/${openSurvey.publicSlug}` },
    { name: 'kennischeck (/k)', url: `${baseUrl}/k/${openCheck.publicSlug}` },
  ];
}
