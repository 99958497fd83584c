import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { hostAddress, isPublicAddress } from './destinations.js';

/** Why a request to an address someone else chose was not made. */
export class OutboundRefused extends Error {
  constructor(
    readonly reason: 'notHttps' | 'notPublic' | 'tooLarge',
    detail: string,
  ) {
    super(`outbound request refused (${reason}): ${detail}`);
  }
}

export interface OutboundOptions {
  /**
   * Origins (scheme://host:port) the operator trusts although they use plain http or a private
   * address: an identity provider on the internal network, the tests' provider on loopback.
   */
  trustedOrigins?: readonly string[];
  /** For the whole request, connecting and reading the answer included. */
  timeoutMs?: number;
}

/** A request that takes longer ties up the login (and a connection) for nothing. */
export const OUTBOUND_TIMEOUT_MS = 5000;
/** The largest answer read: a discovery document or key set is a few kilobytes. */
const MAX_BYTES = 256 * 1024;

/** A fetch-like request: what openid-client's customFetch hands over. */
export interface OutboundInit {
  method: string;
  headers: Record<string, string>;
  body?: string | URLSearchParams | ArrayBuffer | Uint8Array | ReadableStream | null;
  signal?: AbortSignal;
}

/** A DNS lookup that answers nothing if its host has even one address that is not public. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused || !addresses[0]) return callback(new OutboundRefused('notPublic', `${hostname} resolves to ${refused?.address ?? 'nothing'}`), '');
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
};

const NULL_BODY_STATUSES = [204, 205, 304];

/**
 * HTTP requests to addresses that an organisation's administrator (or what their provider answers)
 * chooses: https to public addresses only, checked on the address actually connected to, so a DNS
 * name that points elsewhere by the time of the request (DNS rebinding) is refused too; redirects are
 * never followed; every request has a timeout and a size cap (OWASP ASVS 5.2.6 and 12.6.1, SSRF
 * Prevention Cheat Sheet). The operator's trusted origins are exempt.
 */
export function createOutboundHttp({ trustedOrigins = [], timeoutMs = OUTBOUND_TIMEOUT_MS }: OutboundOptions = {}) {
  const trusted = new Set(trustedOrigins);
  const isTrusted = (url: URL) => trusted.has(url.origin);

  /** What can be refused before any DNS: the scheme, and a host that is an IP address. */
  function refusalOf(url: URL): OutboundRefused | null {
    if (isTrusted(url)) return null;
    if (url.protocol !== 'https:') return new OutboundRefused('notHttps', url.origin);
    const address = hostAddress(url);
    return address !== null && !isPublicAddress(address) ? new OutboundRefused('notPublic', url.origin) : null;
  }

  async function fetch(resource: string, init: OutboundInit): Promise<Response> {
    const url = new URL(resource);
    const refused = refusalOf(url);
    if (refused) throw refused;
    const body = init.body == null ? undefined : Buffer.from(await new Response(init.body as BodyInit).arrayBuffer());
    const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(init.signal ? [init.signal] : [])]);
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = (url.protocol === 'https:' ? https : http).request(
        url,
        // http.request follows no redirect; a connection of its own, as a pooled one may have been opened without the lookup's check.
        { method: init.method, headers: init.headers, signal, agent: false, ...(isTrusted(url) ? {} : { lookup: publicOnlyLookup }) },
        resolve,
      );
      request.once('error', reject);
      request.end(body);
    });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BYTES) {
        response.destroy();
        throw new OutboundRefused('tooLarge', `${url.origin} answered more than ${MAX_BYTES} bytes`);
      }
      chunks.push(chunk);
    }
    const headers = new Headers();
    for (let i = 0; i < response.rawHeaders.length; i += 2) headers.append(response.rawHeaders[i]!, response.rawHeaders[i + 1]!);
    const status = response.statusCode!;
    return new Response(NULL_BODY_STATUSES.includes(status) ? null : Buffer.concat(chunks), { status, headers });
  }

  return {
    isTrusted,
    fetch,

    /**
     * Whether `url` may be used at all, for a clear answer when it is entered: its scheme, and the
     * addresses its name has now. A name that does not resolve (yet) passes: every request checks again.
     */
    async refusal(url: URL): Promise<OutboundRefused | null> {
      const refused = refusalOf(url);
      if (refused || isTrusted(url) || hostAddress(url) !== null) return refused;
      const addresses = await Promise.race([
        dns.promises.lookup(url.hostname, { all: true }),
        new Promise<never>((_, reject) => setTimeout(reject, timeoutMs).unref()),
      ]).catch(() => []);
      const inside = addresses.find((a) => !isPublicAddress(a.address));
      return inside ? new OutboundRefused('notPublic', `${url.hostname} resolves to ${inside.address}`) : null;
    },
  };
}
