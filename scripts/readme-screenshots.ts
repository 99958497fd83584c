/**
 * The README's screenshots, taken from the demo organisation in the built app:
 * `npm run build && npx tsx scripts/readme-screenshots.ts` writes docs/screenshots/*.png at 1366 px wide.
 */
import { launchBrowser, startBuiltApp } from '../tests/e2e/support.js';

const OUT = 'docs/screenshots';
const app = await startBuiltApp({ WEGWIJS_DEMO: 'true' });
const browser = await launchBrowser();
try {
  const shoot = async (email: string, programme: boolean, file: string) => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(app.demoPassword ?? '');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    if (programme) {
      await page.getByRole('link', { name: 'Datalekken sneller melden' }).first().click();
      await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
    }
    await page.waitForLoadState('networkidle');
    // The dashboard whole, so its breach figures show; the navigator as the first screen shows it.
    await page.screenshot({ path: `${OUT}/${file}`, fullPage: !programme });
    console.log(`${OUT}/${file}`);
  };
  // The board member lands on the dashboard; the programme lead opens the programme's navigator.
  await shoot('bestuurder@demo.wegwijs.invalid', false, 'dashboard.png');
  await shoot('trajectleider@demo.wegwijs.invalid', true, 'navigator.png');
} finally {
  await browser.close();
  await app.stop();
}
