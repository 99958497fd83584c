import { isIPv6 } from 'node:net';

/** The number of 16-bit groups an IPv6 address part stands for (an embedded IPv4 address counts two). */
const groupsIn = (parts: string[]) => parts.reduce((n, part) => n + (part.includes('.') ? 2 : 1), 0);

/**
 * The client as per-address limits count it. An IPv6 client usually holds a whole /64 (RFC 6177,
 * RFC 7421) and could take a fresh address for every attempt, so all of a /64 counts as one; where
 * one client per site is meant, `prefix` 48 counts a site's whole /48 as one (RFC 6177 allows a site
 * that much: 65,536 /64s). An IPv4-mapped address counts as the IPv4 address.
 */
export function clientAddressKey(ip: string, prefix: 48 | 64 = 64): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  const address = ip.split('%')[0]!;
  if (!isIPv6(address)) return ip;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(8 - groupsIn(left) - groupsIn(right)).fill('0'), ...right];
  return `${groups
    .slice(0, prefix / 16)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/${prefix}`;
}
