import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider } from '../api/oidc-provider.js';
import { ADMIN, expectAccessible as checkAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Single sign-on and two-step verification in a real Chromium: the admin configures the
 * organisation's OpenID provider (a real one on loopback), turns on TOTP and logs in with a code;
 * a colleague logs in through the provider and logs out there too; another colleague who lost
 * their phone gets their two-step verification reset by the admin. axe must find nothing on any of
 * our views.
 */
const CLIENT = { clientId: 'wegwijs-e2e', clientSecret: 'een geheim alleen voor deze test' };

let session: Session;
let page: Page;
let idp: Awaited<ReturnType<typeof startOidcProvider>>;
let totpSecret = '';

const expectAccessible = (label: string) => checkAccessible(page, label);
const code = (offset: number, secret = totpSecret) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offset * 30_000 });

/** Turns on two-step verification through the API in the page's session (the admin's run covers the screens). */
async function turnOnTwoStep(on: Page, password: string) {
  const call = (path: string, body: object) =>
    on.evaluate(
      async ([url, data]) => {
        const { csrfToken } = await (await fetch('/api/auth/session')).json();
        const reply = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify(data),
        });
        return { status: reply.status, body: await reply.json() };
      },
      [path, body] as const,
    );
  const secret: string = (await call('/api/auth/totp/enrol', { password })).body.secret;
  expect((await call('/api/auth/totp/confirm', { code: code(0, secret) })).status).toBe(200);
}

beforeAll(async () => {
  idp = await startOidcProvider(() => `${session.running.baseUrl}/api/auth/sso/callback`, [CLIENT]);
  // The provider is on loopback over plain http: the operator allows it, as for an internal one.
  session = await startSession({ SSO_ALLOW_PRIVATE_ISSUERS: idp.issuer });
  page = session.page;
  await setUpWithProgramme(page, session.running.setupLink, { title: 'Wachtwoorden delen', problem: 'Collega’s delen wachtwoorden op de afdeling.' });
});

afterAll(async () => {
  await session?.stop();
  await idp?.close();
});

describe('single sign-on and two-step verification', () => {
  it('the admin sets up single sign-on with a group mapping', async () => {
    await page.goto(`${session.running.baseUrl}/settings`);
    await page.getByRole('heading', { name: 'Inloggen met het organisatieaccount (SSO)' }).waitFor();
    await page.getByLabel('Inlognaam van de organisatie').fill('rivierenland');
    await page.getByLabel('Issuer-adres van de identiteitsprovider').fill(idp.issuer);
    await page.getByLabel('Client-id').fill(CLIENT.clientId);
    await page.getByLabel('Clientgeheim').fill(CLIENT.clientSecret);
    await page.getByLabel('Rol voor nieuwe accounts').selectOption('viewer');
    await page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await page.getByLabel('Groep (waarde in de claim)').fill('wegwijs-coordinatoren');
    await page.getByLabel('Rol', { exact: true }).selectOption('coordinator');
    await page.locator('section[aria-labelledby="sso-settings-title"]').getByRole('button', { name: 'Inloginstellingen opslaan' }).click();
    await page.getByLabel('Directe inloglink voor het intranet').waitFor();
    await expectAccessible('settings with single sign-on');
  });

  it('the admin turns on two-step verification and keeps the recovery codes', async () => {
    await page.goto(`${session.running.baseUrl}/password`);
    await page.getByRole('heading', { name: 'Tweestapsverificatie' }).waitFor();
    await page.locator('section').getByLabel('Huidig wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
    await page.getByRole('img', { name: 'QR-code om te scannen met je authenticator-app' }).waitFor();
    totpSecret = await page.getByLabel('Sleutel om over te nemen').inputValue();
    await expectAccessible('two-step verification, scanning');
    await page.getByLabel('Code uit de app').fill(code(0));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByText('Je herstelcodes').waitFor();
    await expect.poll(() => page.locator('section code').count()).toBe(10);
    await expectAccessible('two-step verification, recovery codes');
    await page.getByRole('button', { name: 'Klaar' }).click();
    await page.getByText('Tweestapsverificatie staat aan. Je hebt nog 10 herstelcodes.').waitFor();
  });

  it('logging in then asks for the code', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/login');
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await page.getByLabel('Wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByLabel('Code').waitFor();
    await expectAccessible('login, code step');
    await page.getByLabel('Code').fill(code(1));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL('**/programmes');
  });

  it('a colleague logs in with the organisation account and gets the roles of their groups', async () => {
    const colleague = await (await session.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await colleague.goto(`${session.running.baseUrl}/login?sso=unknown`);
    await colleague.getByText('Deze inlognaam kennen we niet').waitFor();
    await checkAccessible(colleague, 'login page with a single sign-on explanation');

    idp.loginAs({ sub: 'jan-1', email: 'jan@rivierenland.test', email_verified: true, name: 'Jan Jansen', groups: ['wegwijs-coordinatoren'] });
    await colleague.getByLabel('Inlognaam van je organisatie').fill('Rivierenland ');
    await colleague.getByRole('button', { name: 'Inloggen met je organisatieaccount' }).click();
    await colleague.waitForURL('**/dashboard');
    await colleague.getByText('Jan Jansen').first().waitFor();
    const roles = await colleague.evaluate(async () => (await (await fetch('/api/auth/session')).json()).user.roles);
    expect(roles).toEqual(['viewer', 'coordinator']);

    // On a shared computer logging out must end the provider's session too: its confirmation, then back to our login page.
    await colleague.getByRole('button', { name: 'Uitloggen' }).click();
    await colleague.waitForURL((url) => url.href.startsWith(`${idp.issuer}/session/end`));
    await colleague.getByRole('button', { name: 'Yes, log me out' }).click();
    await colleague.waitForURL(`${session.running.baseUrl}/login`);
    await colleague.getByLabel('Inlognaam van je organisatie').waitFor();
    await checkAccessible(colleague, 'login page after logging out at the provider');
  });
});

describe('resetting the two-step verification of a colleague who lost their phone', () => {
  const COLLEAGUE = { name: 'Noor Bakker', email: 'n.bakker@zorggroep.test', password: 'mijn telefoon ligt in de trein' };

  it('the colleague accepts an invitation and turns on two-step verification', async () => {
    await page.goto(`${session.running.baseUrl}/users`);
    await page.getByLabel('E-mailadres').fill(COLLEAGUE.email);
    await page.getByLabel('Naam').fill(COLLEAGUE.name);
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const link = (await page.getByText(/\/invite#token=/).textContent())!.trim();

    const colleague = await (await session.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    colleague.setDefaultTimeout(10_000);
    await colleague.goto(link);
    await colleague.getByLabel('Wachtwoord').fill(COLLEAGUE.password);
    await colleague.getByRole('button', { name: 'Account activeren' }).click();
    await colleague.waitForURL((url) => !url.pathname.startsWith('/invite'));
    await turnOnTwoStep(colleague, COLLEAGUE.password);
    await colleague.context().close();
  });

  it('the users page shows who has it on and offers the reset for colleagues only', async () => {
    await page.goto(`${session.running.baseUrl}/users`);
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await row(COLLEAGUE.name).getByText('Aan', { exact: true }).waitFor();
    await row(ADMIN.name).getByText('Aan', { exact: true }).waitFor();
    await row('Jan Jansen').getByText('Uit', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: `Tweestapsverificatie resetten: ${ADMIN.name}` }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tweestapsverificatie resetten: Jan Jansen' }).count()).toBe(0);
    await expectAccessible('users with two-step verification');
  });

  it('the admin resets it after confirming in a dialog; the colleague logs in with the password only', async () => {
    await page.getByRole('button', { name: `Tweestapsverificatie resetten: ${COLLEAGUE.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Tweestapsverificatie van ${COLLEAGUE.name} resetten?` });
    await dialog.getByText('zowel de telefoon met de app als de herstelcodes kwijt').waitFor();
    await expectAccessible('reset two-step verification dialog');
    await dialog.getByRole('button', { name: 'Resetten' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: COLLEAGUE.name }).getByText('Uit', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: `Tweestapsverificatie resetten: ${COLLEAGUE.name}` }).count()).toBe(0);

    const colleague = await (await session.browser.newContext()).newPage();
    await colleague.goto(`${session.running.baseUrl}/login`);
    await colleague.getByLabel('E-mailadres').fill(COLLEAGUE.email);
    await colleague.getByLabel('Wachtwoord').fill(COLLEAGUE.password);
    await colleague.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await colleague.waitForURL((url) => !url.pathname.startsWith('/login'));
    await colleague.context().close();
  });
});
