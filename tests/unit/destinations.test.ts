import { describe, expect, it } from 'vitest';
import { fieldsOffOrigin, hostAddress, isPublicAddress, sameOrigin } from '#server/security/destinations.js';

describe('which addresses the server may connect to for someone else', () => {
  it.each([
    ['93.184.215.14', 'public IPv4'],
    ['20.190.128.1', 'public IPv4 (Entra ID)'],
    ['2a00:1450:4001:80b::200e', 'global IPv6'],
    ['::ffff:93.184.215.14', 'IPv4-mapped public IPv4'],
  ])('allows %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.1.2.3', 'loopback /8'],
    ['::1', 'IPv6 loopback'],
    ['10.0.0.1', 'RFC 1918'],
    ['172.16.5.4', 'RFC 1918'],
    ['172.31.255.255', 'RFC 1918'],
    ['192.168.1.10', 'RFC 1918'],
    ['fc00::1', 'RFC 4193 unique local'],
    ['fd12:3456::1', 'RFC 4193 unique local'],
    ['169.254.169.254', 'cloud metadata service'],
    ['fd00:ec2::254', 'AWS metadata service over IPv6'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'IPv6 link-local'],
    ['fe80::1%eth0', 'IPv6 link-local with a zone'],
    ['100.64.0.1', 'CGNAT'],
    ['100.127.255.254', 'CGNAT'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'IPv6 unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'IPv6 multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'documentation'],
    ['240.0.0.1', 'reserved'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata service'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::127.0.0.1', 'IPv4-compatible loopback (outside 2000::/3)'],
    ['64:ff9b::7f00:1', 'NAT64 of loopback'],
    ['2002:7f00:1::', '6to4 of loopback'],
    ['2001:db8::1', 'IPv6 documentation'],
    ['fec0::1', 'deprecated site-local'],
    ['localhost', 'not an address at all'],
    ['', 'empty'],
  ])('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('the address a URL names', () => {
  it.each([
    ['https://127.0.0.1/', '127.0.0.1'],
    ['https://[::ffff:127.0.0.1]:8443/', '::ffff:7f00:1'],
    ['https://[fd00:ec2::254]/', 'fd00:ec2::254'],
    // The URL parser writes other notations of an IPv4 address as dotted decimal.
    ['https://2130706433/', '127.0.0.1'],
    ['https://0x7f.1/', '127.0.0.1'],
    ['https://login.microsoftonline.com/', null],
    ['https://localhost:3000/', null],
  ])('%s → %s', (url, address) => {
    expect(hostAddress(new URL(url))).toBe(address);
  });
});

describe('endpoints on the issuer’s origin', () => {
  const issuer = 'https://sso.zorg.nl/realms/zorg';

  it('is the same scheme, host and port, whatever the path', () => {
    expect(sameOrigin('https://sso.zorg.nl/realms/zorg/protocol/openid-connect/auth', issuer)).toBe(true);
    expect(sameOrigin('https://sso.zorg.nl:443/x', issuer)).toBe(true);
    expect(sameOrigin('http://sso.zorg.nl/x', issuer)).toBe(false);
    expect(sameOrigin('https://sso.zorg.nl:8443/x', issuer)).toBe(false);
    expect(sameOrigin('https://sso.zorg.nl.evil.example/x', issuer)).toBe(false);
    expect(sameOrigin('https://evil.example/?https://sso.zorg.nl', issuer)).toBe(false);
    expect(sameOrigin('niet een adres', issuer)).toBe(false);
    expect(sameOrigin(undefined, issuer)).toBe(false);
  });

  it('names the fields of a discovery document that are off the origin; absent ones are fine', () => {
    const discovery = {
      issuer,
      authorization_endpoint: 'https://phish.example/auth',
      token_endpoint: `${issuer}/token`,
      jwks_uri: 42,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    };
    expect(fieldsOffOrigin(discovery, ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'end_session_endpoint'], issuer)).toEqual([
      'authorization_endpoint',
      'jwks_uri',
    ]);
  });
});
