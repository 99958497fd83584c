import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** A person at the test identity provider: the claims it asserts about them. */
export type TestIdentity = {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
};

export interface TestClient {
  clientId: string;
  clientSecret: string;
}

/**
 * A real OpenID provider (panva's oidc-provider) on loopback, for the single sign-on tests. Who logs
 * in is set with `loginAs` before a flow: the login step is answered without a form, and consent is
 * granted up front, so a flow is only redirects that the test follows. RP-initiated logout is on
 * (its confirmation page is a plain form), with the app's login page as the address after it;
 * `endSession: false` makes a provider without an end_session_endpoint.
 *
 * The app's redirect URI is asked for at the first request: the provider listens first, because
 * the app must be started knowing the provider's address (SSO_ALLOW_PRIVATE_ISSUERS).
 */
export async function startOidcProvider(redirectUriOf: () => string, clients: TestClient[], { endSession = true } = {}) {
  let next: TestIdentity | undefined;
  let lastIdToken: string | undefined;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const start = (redirectUri: string) => {
    const provider = new Provider(issuer, {
      clients: clients.map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        redirect_uris: [redirectUri],
        ...(endSession ? { post_logout_redirect_uris: [new URL('/login', redirectUri).href] } : {}),
        token_endpoint_auth_method: 'client_secret_post',
      })),
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
      findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => (next?.sub === sub ? next : { sub }) }),
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: {
          enabled: endSession,
          logoutSource(ctx, form) {
            ctx.body = `<!DOCTYPE html><html lang="en"><head><title>Log out</title></head><body><h1>Log out at the provider?</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, log me out</button></body></html>`;
          },
        },
      },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      async loadExistingGrant(ctx: KoaContextWithOIDC) {
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
      cookies: { keys: ['test-cookie-key-not-secret'] },
      ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    });
    // For checking what the app sends back as id_token_hint.
    provider.on('grant.success', (ctx: KoaContextWithOIDC) => {
      lastIdToken = (ctx.body as { id_token: string }).id_token;
    });
    return { provider, handle: provider.callback() };
  };
  let started: ReturnType<typeof start> | undefined;
  server.on('request', (req, res) => {
    const { provider, handle } = (started ??= start(redirectUriOf()));
    if (!req.url?.startsWith('/interaction/')) return void handle(req, res);
    void provider.interactionFinished(req, res, { login: { accountId: next!.sub } }, { mergeWithLastSubmission: false }).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  return {
    issuer,
    loginAs(identity: TestIdentity) {
      next = identity;
    },
    /** The last ID token the provider issued. */
    lastIdToken: () => lastIdToken,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A browser for redirect chains across the app and the provider: keeps cookies per origin, follows
 * redirects one by one and lets the test change a URL on the way (to tamper with state or nonce).
 */
export class RedirectBrowser {
  private readonly jar = new Map<string, Map<string, string>>();
  /** The cookie name=value pairs it holds for an origin. */
  cookies = (origin: string) => this.jar.get(origin) ?? new Map<string, string>();

  constructor(private readonly address = '10.250.0.1') {}

  setCookie(origin: string, name: string, value: string) {
    const cookies = this.cookies(origin);
    if (value) cookies.set(name, value);
    else cookies.delete(name);
    this.jar.set(origin, cookies);
  }

  /** One request without following a redirect; `form` makes it a form POST. */
  async step(url: string, form?: Record<string, string>): Promise<Response> {
    const { origin } = new URL(url);
    const cookie = [...this.cookies(origin)].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), 'x-forwarded-for': this.address },
      ...(form ? { method: 'POST', body: new URLSearchParams(form) } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      this.setCookie(origin, name!.trim(), expired ? '' : value.join('='));
    }
    return response;
  }

  /**
   * Follows redirects from `url` until an answer that is not one, or until `stopAt` matches the next
   * location; `rewrite` may change each location before it is followed. Answers the last URL and response.
   */
  async follow(url: string, options: { stopAt?: (next: URL) => boolean; rewrite?: (next: URL) => URL } = {}) {
    let current = url;
    for (let hops = 0; hops < 20; hops++) {
      const response = await this.step(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      const next = options.rewrite?.(new URL(location, current)) ?? new URL(location, current);
      if (options.stopAt?.(next)) return { url: next.href, response };
      current = next.href;
    }
    throw new Error('too many redirects');
  }
}
