import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Where IPv6 unicast on the internet lives (RFC 4291 §2.4); everything else is local, reserved or special. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * Whether the server may connect to this IP address when someone else chose it (an organisation's
 * administrator, a provider's discovery document): public unicast only, against server-side request
 * forgery (OWASP ASVS 5.2.6, SSRF Prevention Cheat Sheet). Refused: loopback, private (RFC 1918,
 * RFC 4193 fc00::/7, which holds fd00:ec2::254), link-local (169.254/16 with the cloud metadata
 * service 169.254.169.254, fe80::/10), CGNAT 100.64/10, unspecified, multicast, broadcast and the
 * other special-purpose ranges (RFC 6890), an IPv4-mapped IPv6 address of any of those, and IPv6
 * outside 2000::/3 or embedding an IPv4 address some other way (NAT64, 6to4, Teredo).
 */
export function isPublicAddress(address: string): boolean {
  if (!isIP(address.replace(/%.*$/, ''))) return false;
  // process() turns ::ffff:a.b.c.d into a.b.c.d, so a mapped address is judged as the IPv4 one it is.
  const ip = ipaddr.process(address);
  if (ip.range() !== 'unicast') return false;
  return ip.kind() === 'ipv4' || ip.match(GLOBAL_UNICAST_V6);
}

/** The IP address a URL's host is (without IPv6 brackets), or null for a DNS name. */
export function hostAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) ? host : null;
}

/** Whether `url` is on the origin (scheme, host and port) of `base`. */
export function sameOrigin(url: unknown, base: string): boolean {
  return typeof url === 'string' && URL.canParse(url) && new URL(url).origin === new URL(base).origin;
}

/** The fields of a document (such as OpenID discovery metadata) that are present but not URLs on `base`'s origin. */
export function fieldsOffOrigin(document: Readonly<Record<string, unknown>>, fields: readonly string[], base: string): string[] {
  return fields.filter((field) => document[field] !== undefined && !sameOrigin(document[field], base));
}
