import { describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE, loginWait } from '#core/login-throttle.js';
import { clientAddressKey } from '#server/security/client-address.js';

describe('the wait after wrong login attempts from one address on one account', () => {
  it('is none for the first five, then half a minute, doubling up to 15 minutes', () => {
    expect([0, 1, 4].map((n) => loginWait(n, false))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 9].map((n) => loginWait(n, false) / 1000)).toEqual([30, 60, 120, 480]);
    expect(loginWait(10, false)).toBe(15 * 60_000);
    expect(loginWait(50, false)).toBe(LOGIN_THROTTLE.maxWaitMs);
  });

  it('under attack, is 15 minutes after every failure, but never before the first try', () => {
    expect(loginWait(0, true)).toBe(0);
    expect(loginWait(1, true)).toBe(15 * 60_000);
  });
});

describe('the wait after wrong second-factor codes on one account, from all addresses', () => {
  it('is none for the first ten, then 15 minutes, 30, and an hour from then on', () => {
    const wait = (n: number) => loginWait(n, false, LOGIN_THROTTLE.secondFactor) / 60_000;
    expect([0, 9].map(wait)).toEqual([0, 0]);
    expect([10, 11, 12, 13, 50].map(wait)).toEqual([15, 30, 60, 60, 60]);
  });
});

describe('the client as per-address limits count it', () => {
  it('is the IPv4 address itself, also when IPv4-mapped', () => {
    expect(clientAddressKey('192.0.2.7')).toBe('192.0.2.7');
    expect(clientAddressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it("is an IPv6 address's /64, however it is written", () => {
    const key = '2001:db8:0:1::/64';
    for (const ip of ['2001:db8:0:1::1', '2001:0db8:0000:0001:ffff:ffff:ffff:ffff', '2001:db8:0:1:a:b:1.2.3.4', '2001:db8::1:0:0:0:5']) {
      expect(clientAddressKey(ip), ip).toBe(key);
    }
    expect(clientAddressKey('2001:db8:0:2::1')).not.toBe(key);
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(clientAddressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('is the /48 where one client per site is meant; IPv4 stays itself', () => {
    for (const ip of ['2001:db8:7:1::1', '2001:db8:7:ffff::2', '2001:0db8:0007::']) expect(clientAddressKey(ip, 48), ip).toBe('2001:db8:7::/48');
    expect(clientAddressKey('2001:db8:8:1::1', 48)).not.toBe('2001:db8:7::/48');
    expect(clientAddressKey('192.0.2.7', 48)).toBe('192.0.2.7');
  });
});
