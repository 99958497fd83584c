import { describe, expect, it } from 'vitest';
import { configFromEnv } from '#server/config.js';

describe('SSO_ALLOW_PRIVATE_ISSUERS', () => {
  it('allows no private provider when unset', () => {
    expect(configFromEnv({}).ssoAllowPrivateIssuers).toEqual([]);
  });

  it('is a comma-separated list of origins; a path is dropped, since the whole origin is trusted', () => {
    const config = configFromEnv({ SSO_ALLOW_PRIVATE_ISSUERS: 'https://idp.internal.example/realms/zorg, http://127.0.0.1:8080' });
    expect(config.ssoAllowPrivateIssuers).toEqual(['https://idp.internal.example', 'http://127.0.0.1:8080']);
  });

  it('refuses anything but http(s) addresses', () => {
    expect(() => configFromEnv({ SSO_ALLOW_PRIVATE_ISSUERS: 'idp.internal.example' })).toThrow();
    expect(() => configFromEnv({ SSO_ALLOW_PRIVATE_ISSUERS: 'ftp://idp.internal.example' })).toThrow();
  });
});
