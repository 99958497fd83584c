import { describe, expect, it } from 'vitest';
import { configFromEnv } from '#server/config.js';

const trustProxy = (TRUST_PROXY: string) => configFromEnv({ TRUST_PROXY }).trustProxy;

describe('TRUST_PROXY', () => {
  it('trusts no proxy when unset or off', () => {
    expect(configFromEnv({}).trustProxy).toBe(false);
    for (const off of ['0', 'false', 'no']) expect(trustProxy(off)).toBe(false);
  });

  it('takes a number of proxy hops, at most 10', () => {
    expect(trustProxy('1')).toBe(1);
    expect(trustProxy(' 2 ')).toBe(2);
    expect(() => trustProxy('11')).toThrow('at most 10 proxy hops');
  });

  it("takes the proxies' addresses and CIDR ranges (IPv4, IPv6, proxy-addr's names), comma-separated", () => {
    expect(trustProxy('10.0.0.5, 10.1.0.0/16,::1,fd00::/8,loopback')).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'fd00::/8', 'loopback']);
  });

  it('refuses true, which would believe any X-Forwarded-For a client sends, and says what to give instead', () => {
    for (const on of ['true', 'yes']) expect(() => trustProxy(on)).toThrow(/TRUST_PROXY=true would believe any X-Forwarded-For.*TRUST_PROXY=1/);
  });

  it('names what it cannot read', () => {
    expect(() => trustProxy('10.0.0.5,nginx.internal')).toThrow("TRUST_PROXY: 'nginx.internal' is neither a number of hops nor an IP address or CIDR range.");
    expect(() => trustProxy('10.0.0.0/33')).toThrow("'10.0.0.0/33'");
    expect(() => trustProxy('-1')).toThrow("'-1'");
  });
});
