import { BlockList, isIP } from 'node:net';

/** `::ffff:10.0.0.1` is how an IPv4 client shows up on a dual-stack socket. */
export function normalizeIp(ip: string): string {
  return ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}

/** Parses `10.0.0.1`, `10.0.0.0/8`, `2001:db8::/32`…; returns null when the entry is not one. */
export function parseIpRange(entry: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address, prefixText, ...rest] = entry.trim().split('/');
  const version = isIP(address ?? '');
  if (!address || version === 0 || rest.length > 0) return null;
  const maxPrefix = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? maxPrefix : Number(prefixText);
  if (!/^\d+$/.test(prefixText ?? String(maxPrefix)) || prefix > maxPrefix) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** A set of IP addresses and CIDR ranges (v4 and v6). */
export class IpRangeSet {
  private readonly list = new BlockList();
  readonly isEmpty: boolean;

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const range = parseIpRange(entry);
      if (range) this.list.addSubnet(range.address, range.prefix, range.family);
    }
    this.isEmpty = entries.length === 0;
  }

  has(ip: string): boolean {
    const address = normalizeIp(ip);
    const version = isIP(address);
    return version !== 0 && this.list.check(address, version === 4 ? 'ipv4' : 'ipv6');
  }
}
