import * as client from 'openid-client';

/** Where a provider is reached: https, or plain http on this machine only (a Keycloak for testing). */
export const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** What the login needs to remember between leaving for the provider and coming back. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
}

const DISCOVERY_TTL_MS = 60 * 60 * 1000;

/**
 * The OpenID Connect client side: discovery (cached an hour per issuer and client), the
 * authorization URL with PKCE, state and nonce, and the code exchange that checks all three and the
 * ID token. openid-client does the protocol; this keeps our choices in one place.
 */
export function createOidcClient() {
  const cache = new Map<string, { config: Promise<client.Configuration>; until: number }>();

  function configuration(provider: ProviderSettings): Promise<client.Configuration> {
    const key = JSON.stringify([provider.issuer, provider.clientId, provider.clientSecret]);
    const cached = cache.get(key);
    if (cached && cached.until > Date.now()) return cached.config;
    const issuer = new URL(provider.issuer);
    const config = client.discovery(issuer, provider.clientId, provider.clientSecret, undefined, {
      timeout: 10,
      ...(issuer.protocol === 'http:' && isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : {}),
    });
    cache.set(key, { config, until: Date.now() + DISCOVERY_TTL_MS });
    // A provider that was down should be asked again next time, not in an hour.
    config.catch(() => cache.delete(key));
    return config;
  }

  return {
    async authorizationUrl(provider: ProviderSettings, redirectUri: string): Promise<{ url: URL; pending: PendingLogin }> {
      const config = await configuration(provider);
      const pending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url, pending };
    },

    /**
     * Exchanges the code from `callbackUrl` and answers the person's claims: those of the ID token,
     * completed from the userinfo endpoint (many providers put e-mail and name only there), and the
     * ID token itself (the id_token_hint of a later logout at the provider).
     */
    async claims(provider: ProviderSettings, callbackUrl: URL, pending: PendingLogin): Promise<{ claims: Record<string, unknown>; idToken: string }> {
      const config = await configuration(provider);
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const fromIdToken = tokens.claims()!;
      const userinfo = config.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(config, tokens.access_token, fromIdToken.sub) : {};
      return { claims: { ...userinfo, ...fromIdToken }, idToken: tokens.id_token! };
    },

    /** RP-initiated logout: the provider's logout address for this person, or null when it offers none. */
    async endSessionUrl(provider: ProviderSettings, idToken: string, postLogoutRedirectUri: string): Promise<URL | null> {
      const config = await configuration(provider);
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri });
    },
  };
}
export type OidcClient = ReturnType<typeof createOidcClient>;
