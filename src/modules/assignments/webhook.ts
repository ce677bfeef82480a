import { createHmac } from 'node:crypto';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, isIPv4, type LookupFunction } from 'node:net';
import { AppError } from '../../errors/app-error.js';

/** The longest webhook URL accepted (the column's length). */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** The header carrying `sha256=<hex HMAC-SHA256 of the raw body>`. */
export const SIGNATURE_HEADER = 'x-signature-256';

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------

/**
 * Every address range a webhook may not reach unless private networks are allowed: loopback,
 * private, shared (CGNAT), link-local, unspecified, multicast, documentation, benchmarking and
 * reserved ranges — everything the IANA special-purpose registries mark as not globally reachable.
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", including the unspecified 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // shared address space (CGNAT)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata endpoints live here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // TEST-NET-1
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // TEST-NET-2
  ['203.0.113.0', 24], // TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, including the broadcast 255.255.255.255
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified ::, loopback ::1 and the deprecated IPv4-compatible addresses
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID…)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: the IPv4 address inside may be anything
  ['3fff::', 20], // documentation
  ['5f00::', 16], // segment routing SIDs
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** The eight 16-bit groups of a valid IPv6 address (zone id dropped, embedded dotted quad allowed). */
function ipv6Groups(address: string): number[] {
  let text = address.split('%')[0]!.toLowerCase();
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const first = parse(head);
  const last = parse(tail);
  const zeros = tail === undefined ? [] : new Array<number>(8 - first.length - last.length).fill(0);
  return [...first, ...zeros, ...last];
}

/** The IPv4 address an IPv6 one carries: IPv4-mapped (::ffff:a.b.c.d) or well-known NAT64 (64:ff9b::a.b.c.d). */
function embeddedIpv4(address: string): string | null {
  const groups = ipv6Groups(address);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0);
  if (!mapped && !nat64) return null;
  const [high, low] = [groups[6]!, groups[7]!];
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
}

/** Whether an IP address is a public unicast address a webhook may be sent to. Non-addresses are not. */
export function isPublicAddress(address: string): boolean {
  const text = address.replace(/^\[|\]$/g, '');
  if (isIPv4(text)) return !NON_PUBLIC.check(text, 'ipv4');
  if (isIP(text.split('%')[0]!) !== 6) return false;
  const ipv4 = embeddedIpv4(text);
  if (ipv4 !== null) return !NON_PUBLIC.check(ipv4, 'ipv4');
  return !NON_PUBLIC.check(text.split('%')[0]!, 'ipv6');
}

/** Raised when a webhook host is, or resolves to, an address it may not reach. */
export class WebhookAddressError extends Error {
  constructor(host: string, address?: string) {
    super(address && address !== host ? `${host} resolves to the non-public address ${address}` : `${host} is not a public address`);
    this.name = 'WebhookAddressError';
  }
}

/** The host of a URL as `dns.lookup` and `isIP` take it (IPv6 literals without brackets). */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * Checks when a job is queued that the webhook host is, or resolves only to, public addresses
 * (2012 otherwise, also when it does not resolve). Delivery checks again at connection time.
 */
export async function assertPublicWebhookHost(url: URL, allowPrivateNetworks: boolean): Promise<void> {
  if (allowPrivateNetworks) return;
  const host = hostOf(url);
  if (isIP(host)) {
    if (!isPublicAddress(host)) throw new AppError('WEBHOOK_URL_NOT_ALLOWED');
    return;
  }
  let addresses: dns.LookupAddress[];
  try {
    addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
  } catch {
    throw new AppError('WEBHOOK_URL_NOT_ALLOWED');
  }
  if (addresses.length === 0 || addresses.some(({ address }) => !isPublicAddress(address))) {
    throw new AppError('WEBHOOK_URL_NOT_ALLOWED');
  }
}

/**
 * A `lookup` for `http.request` that refuses a host when any of its addresses is not public. The
 * socket connects to the very addresses checked here, so DNS cannot change between check and use.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find(({ address }) => !isPublicAddress(address));
    if (refused || addresses.length === 0) return callback(new WebhookAddressError(hostname, refused?.address), '', 0);
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

// ---------------------------------------------------------------------------------------------
// URLs, signatures, delivery
// ---------------------------------------------------------------------------------------------

/** Parses a webhook URL: http(s), with a host, at most 2048 characters; a field-error message otherwise. */
export function parseWebhookUrl(raw: string): URL | string {
  const text = raw.trim();
  if (!text) return 'is required';
  if (text.length > MAX_WEBHOOK_URL_LENGTH) return `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an http or https URL';
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return 'must be an http or https URL';
  url.hash = '';
  if (url.href.length > MAX_WEBHOOK_URL_LENGTH) return `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`;
  return url;
}

/** The X-Signature-256 value of a body: `sha256=` and the hex HMAC-SHA256 of its exact bytes. */
export function signWebhookBody(body: Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface WebhookRequest {
  url: string;
  body: Buffer;
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivateNetworks: boolean;
}

/**
 * POSTs a body and answers the response status. Rejects on network errors, on the timeout, and
 * when the destination is not public (unless allowed): literal addresses are checked here, names
 * at connection time by `publicOnlyLookup`. Redirects are not followed (a 3xx is a failure).
 */
export function postWebhook(request: WebhookRequest): Promise<number> {
  const url = new URL(request.url);
  const host = hostOf(url);
  if (!request.allowPrivateNetworks && isIP(host) && !isPublicAddress(host)) {
    return Promise.reject(new WebhookAddressError(host));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<number>((resolve, reject) => {
    const outgoing = client.request(
      {
        protocol: url.protocol,
        hostname: host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        auth: url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
        method: 'POST',
        headers: { ...request.headers, 'content-length': String(request.body.length) },
        // A connection of its own each time, so that every delivery resolves (and checks) afresh.
        agent: false,
        lookup: request.allowPrivateNetworks ? undefined : publicOnlyLookup,
        ...(url.protocol === 'https:' ? { servername: isIP(host) ? undefined : host } : {}),
      },
      (response) => {
        resolve(response.statusCode ?? 0);
        // The body is discarded; the timeout still cuts off one that never ends.
        response.on('close', () => clearTimeout(timer));
        response.resume();
      },
    );
    const timer = setTimeout(() => outgoing.destroy(new Error(`no answer within ${request.timeoutMs} ms`)), request.timeoutMs);
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.end(request.body);
  });
}
