import * as client from 'openid-client';
import { fieldsOffOrigin, sameOrigin } from '../../security/destinations.js';
import { createOutboundHttp, OUTBOUND_TIMEOUT_MS } from '../../security/outbound-http.js';

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

export interface OidcOptions {
  /** Origins of providers the operator allows on plain http or a private address (SSO_ALLOW_PRIVATE_ISSUERS). */
  allowPrivateIssuers?: readonly string[];
  /** Per request to a provider; shorter in tests. */
  timeoutMs?: number;
}

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
/**
 * A provider that failed is not asked again for this long: otherwise every start of a login (any
 * visitor can make one) would make the server call whatever host an administrator entered.
 */
const FAILURE_TTL_MS = 30 * 1000;
/**
 * The endpoints the browser is sent to or the server calls must be on the issuer's own origin:
 * the discovery document must not send people elsewhere (open redirect) or make the server call
 * other hosts. The userinfo endpoint is let off (see claims()): Entra ID serves it from Microsoft Graph.
 */
const ENDPOINTS_ON_ISSUER = ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'end_session_endpoint'];

/** Refuses a discovery document that names another issuer (OpenID Connect Discovery 1.0 §4.3) or points off its origin. */
function checkMetadata(config: client.Configuration, issuer: string): client.Configuration {
  const metadata = config.serverMetadata();
  // openid-client lets some through (Entra ID's multi-tenant "{tenantid}"; any issuer for an address with /.well-known/ in it).
  if (!URL.canParse(metadata.issuer) || new URL(metadata.issuer).href !== new URL(issuer).href) {
    throw new Error(`discovery names issuer ${metadata.issuer}, not ${issuer}`);
  }
  const off = fieldsOffOrigin(metadata, ENDPOINTS_ON_ISSUER, issuer);
  if (off.length > 0) throw new Error(`discovery puts ${off.join(', ')} off the issuer's origin`);
  return config;
}

/**
 * The OpenID Connect client side: discovery (cached an hour per issuer and client), the
 * authorization URL with PKCE, state and nonce, and the code exchange that checks all three and the
 * ID token. openid-client does the protocol; this keeps our choices in one place. Every request to
 * a provider goes through the outbound guard (https, public addresses, timeout, size cap).
 */
export function createOidcClient({ allowPrivateIssuers = [], timeoutMs = OUTBOUND_TIMEOUT_MS }: OidcOptions = {}) {
  const outbound = createOutboundHttp({ trustedOrigins: allowPrivateIssuers, timeoutMs });
  const cache = new Map<string, { config: Promise<client.Configuration>; until: number }>();

  function configuration(provider: ProviderSettings): Promise<client.Configuration> {
    const key = JSON.stringify([provider.issuer, provider.clientId, provider.clientSecret]);
    const now = Date.now();
    const cached = cache.get(key);
    if (cached && cached.until > now) return cached.config;
    for (const [k, entry] of cache) if (entry.until <= now) cache.delete(k);
    const issuer = new URL(provider.issuer);
    const config = client
      .discovery(issuer, provider.clientId, provider.clientSecret, undefined, {
        [client.customFetch]: outbound.fetch,
        timeout: timeoutMs / 1000,
        ...(issuer.protocol === 'http:' && outbound.isTrusted(issuer) ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .then((discovered) => checkMetadata(discovered, provider.issuer));
    cache.set(key, { config, until: now + DISCOVERY_TTL_MS });
    // A provider that was down is asked again soon, not in an hour.
    config.catch(() => cache.set(key, { config, until: Date.now() + FAILURE_TTL_MS }));
    return config;
  }

  return {
    /** Whether the operator allows this provider on plain http or a private address. */
    trusts: (url: URL) => outbound.isTrusted(url),

    /** Why the server will not call this issuer (not https, or an address inside), or null. */
    refusal: (issuer: string) => outbound.refusal(new URL(issuer)),

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
      // Called on the issuer's origin only (see ENDPOINTS_ON_ISSUER); Entra ID's is elsewhere, and its ID token has the claims.
      const userinfo = sameOrigin(config.serverMetadata().userinfo_endpoint, provider.issuer)
        ? await client.fetchUserInfo(config, tokens.access_token, fromIdToken.sub)
        : {};
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
