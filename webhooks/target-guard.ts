import { promises as dns } from 'node:dns';
import { BlockList } from 'node:net';

/**
 * The SSRF guard for webhook URLs, run when an endpoint is registered or its URL changes and again
 * before every delivery. A hostname that resolved to a public address at registration may point
 * inward later (DNS rebinding), so the sender must connect to the address returned here (pinning
 * it) while sending the original Host header and TLS server name.
 */
export interface TargetPolicy {
  /** Accept `http:` URLs (local development and tests only). */
  allowHttp: boolean;
  /** Skip the address check entirely (local receivers in development and tests). */
  allowPrivateTargets: boolean;
}

export interface SafeTarget {
  url: URL;
  /** The address resolved and approved here: the only one the sender connects to. */
  address: string;
  family: 4 | 6;
}

export type UnsafeTargetReason =
  | 'invalid_url'
  | 'scheme_not_allowed'
  | 'credentials_not_allowed'
  | 'unresolvable'
  | 'private_address';

const REASON_MESSAGES: Record<UnsafeTargetReason, string> = {
  invalid_url: 'The webhook URL is not an absolute URL.',
  scheme_not_allowed: 'The webhook URL must use https.',
  credentials_not_allowed: 'The webhook URL may not carry a user name or password.',
  unresolvable: 'The webhook URL\'s host does not resolve.',
  private_address: 'The webhook URL\'s host resolves to an address that is not publicly routable.',
};

/**
 * Deliberately vague: the caller learns which rule failed, never which address a name resolved
 * to, so the guard cannot be used to map an internal network.
 */
export class UnsafeTargetError extends Error {
  readonly reason: UnsafeTargetReason;

  constructor(reason: UnsafeTargetReason) {
    super(REASON_MESSAGES[reason]);
    this.name = 'UnsafeTargetError';
    this.reason = reason;
  }
}

// The IANA special-purpose registries: nothing here is a public web server. Node's BlockList
// also matches IPv4 rules against IPv4-mapped IPv6 addresses (::ffff:127.0.0.1), which closes
// that bypass without converting addresses by hand.
const FORBIDDEN_IPV4: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const FORBIDDEN_IPV6: Array<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible (deprecated)
  ['64:ff9b::', 96], // NAT64: would reach any embedded IPv4 address
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments, Teredo
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: embeds an arbitrary IPv4 address
  ['3fff::', 20], // documentation
  ['fc00::', 7], // unique local, AWS metadata (fd00:ec2::254)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const forbidden = new BlockList();
for (const [network, prefix] of FORBIDDEN_IPV4) forbidden.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of FORBIDDEN_IPV6) forbidden.addSubnet(network, prefix, 'ipv6');

const ipv4Mapped = new BlockList();
ipv4Mapped.addSubnet('::ffff:0:0', 96, 'ipv6');

// Outside 2000::/3 no IPv6 unicast is allocated; refusing the rest by default keeps a future
// special range from slipping through a list that forgot it.
const globalUnicastIpv6 = new BlockList();
globalUnicastIpv6.addSubnet('2000::', 3, 'ipv6');

export function isPublicAddress(address: string, family: 4 | 6): boolean {
  if (family === 4) return !forbidden.check(address, 'ipv4');
  if (ipv4Mapped.check(address, 'ipv6')) return !forbidden.check(address, 'ipv6');
  return globalUnicastIpv6.check(address, 'ipv6') && !forbidden.check(address, 'ipv6');
}

const LOOKUP_TIMEOUT_MS = 5000;

export async function resolveSafeTarget(url: string, policy: TargetPolicy): Promise<SafeTarget> {
  const parsed = parseTargetUrl(url, policy);
  const host = parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname;
  const addresses = await lookupAll(host);
  if (!policy.allowPrivateTargets && addresses.some((a) => !isPublicAddress(a.address, a.family))) {
    throw new UnsafeTargetError('private_address');
  }
  const [first] = addresses;
  if (first === undefined) throw new UnsafeTargetError('unresolvable');
  return { url: parsed, address: first.address, family: first.family };
}

function parseTargetUrl(url: string, policy: TargetPolicy): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UnsafeTargetError('invalid_url');
  }
  const schemeAllowed = parsed.protocol === 'https:' || (policy.allowHttp && parsed.protocol === 'http:');
  if (!schemeAllowed) throw new UnsafeTargetError('scheme_not_allowed');
  if (parsed.username !== '' || parsed.password !== '') throw new UnsafeTargetError('credentials_not_allowed');
  if (parsed.hostname === '') throw new UnsafeTargetError('invalid_url');
  return parsed;
}

interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

async function lookupAll(host: string): Promise<ResolvedAddress[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnsafeTargetError('unresolvable')), LOOKUP_TIMEOUT_MS);
  });
  try {
    // IP literals go through lookup too: it returns them as they are, with their family.
    const results = await Promise.race([dns.lookup(host, { all: true, verbatim: true }), timeout]);
    const addresses = results.flatMap((r): ResolvedAddress[] =>
      r.family === 4 || r.family === 6 ? [{ address: r.address, family: r.family }] : [],
    );
    return addresses;
  } catch (error) {
    if (error instanceof UnsafeTargetError) throw error;
    throw new UnsafeTargetError('unresolvable');
  } finally {
    clearTimeout(timer);
  }
}

