import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Cidr = [Address, number];

/** Why an address is refused, in words an operator reads in a delivery log or a 400. */
const ruleText: Record<string, string> = {
  unspecified: 'unspecified address',
  broadcast: 'broadcast address',
  multicast: 'multicast address',
  linkLocal: 'link-local address (cloud metadata lives here)',
  loopback: 'loopback address',
  carrierGradeNat: 'carrier-grade NAT address (100.64.0.0/10)',
  private: 'private address (RFC 1918)',
  reserved: 'reserved address',
  as112: 'AS112 address',
  amt: 'AMT address',
  uniqueLocal: 'unique-local address (fc00::/7)',
  deprecatedSiteLocal: 'site-local address (fec0::/10)',
  discard: 'discard-only address',
  teredo: 'Teredo tunnel address',
  benchmarking: 'benchmarking address',
  as112v6: 'AS112 address',
  deprecatedOrchid: 'ORCHID address',
  orchid2: 'ORCHID address',
  droneRemoteIdProtocolEntityTags: 'DRIP address',
  segmentRouting: 'segment-routing address',
  ipv4Compatible: 'IPv4-compatible IPv6 address (deprecated)',
  nat64LocalUse: 'local-use NAT64 address (64:ff9b:1::/48)',
  notGlobalUnicast: 'IPv6 address outside global unicast (2000::/3)',
};

export type AddressVerdict = { allowed: true } | { allowed: false; rule: string; reason: string };

/** The prefix length under which the address keeps an IPv4 address in its last 32 bits. */
const embeddedIPv4Ranges = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052']);

function lastIPv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray();
  return new ipaddr.IPv4(bytes.slice(12, 16));
}

/**
 * The range that makes an address unfit as a webhook destination, or null when it is a
 * globally routable unicast address. IPv6 forms that carry an IPv4 address (mapped,
 * translated, NAT64, 6to4) are judged by the IPv4 address inside, so `::ffff:127.0.0.1`
 * and `64:ff9b::a9fe:a9fe` are what they point at.
 */
export function refusedRange(address: Address): { rule: string; judged: Address } | null {
  if (address.kind() === 'ipv4') {
    const range = address.range();
    return range === 'unicast' ? null : { rule: range, judged: address };
  }
  const v6 = address as ipaddr.IPv6;
  const parts = v6.parts;
  const range = v6.range();
  if (range === 'rfc6052' && parts[0] === 0x64 && parts[1] === 0xff9b && parts[2] === 1) return { rule: 'nat64LocalUse', judged: v6 };
  if (embeddedIPv4Ranges.has(range)) return refusedRange(lastIPv4(v6));
  if (range === '6to4') {
    const bytes = v6.toByteArray();
    return refusedRange(new ipaddr.IPv4(bytes.slice(2, 6)));
  }
  if (range !== 'unicast') return { rule: range, judged: v6 };
  // ::a.b.c.d — ipaddr.js files it under unicast, but nothing routes it any more.
  if (parts.slice(0, 6).every((part) => part === 0)) return { rule: 'ipv4Compatible', judged: v6 };
  if (!v6.match(ipaddr.IPv6.parse('2000::'), 3)) return { rule: 'notGlobalUnicast', judged: v6 };
  return null;
}

/**
 * Parses `WEBHOOK_ALLOW_PRIVATE`: comma-separated CIDRs (`127.0.0.1/32,::1/128`), each a
 * network address with its prefix length. Throws a message naming the bad entry.
 */
export function parseAllowList(value: string | undefined): Cidr[] {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  return entries.map((entry) => {
    if (!entry.includes('/')) throw new Error(`entry "${entry}" is not a CIDR: write it with its prefix length, e.g. 127.0.0.1/32 or ::1/128`);
    let cidr: Cidr;
    try {
      cidr = ipaddr.parseCIDR(entry);
    } catch {
      throw new Error(`entry "${entry}" is not a CIDR (address/prefix length)`);
    }
    const [network, bits] = cidr;
    const canonical = network.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(entry) : ipaddr.IPv6.networkAddressFromCIDR(entry);
    if (canonical.toString() !== network.toString()) throw new Error(`entry "${entry}" has host bits set: did you mean ${canonical.toString()}/${bits}?`);
    return cidr;
  });
}

/**
 * Which destination addresses a webhook may reach: every globally routable unicast
 * address, plus whatever the explicit allow-list (`WEBHOOK_ALLOW_PRIVATE`) names.
 */
export class AddressPolicy {
  readonly #allowed: readonly Cidr[];

  constructor(allowed: readonly Cidr[] = []) {
    this.#allowed = allowed;
  }

  static fromAllowList(value: string | undefined): AddressPolicy {
    return new AddressPolicy(parseAllowList(value));
  }

  /** The allow-list as it was given, normalised, for start-up logs. */
  get allowList(): string[] {
    return this.#allowed.map(([network, bits]) => `${network.toString()}/${bits}`);
  }

  /** Judges one IP address (dotted, colon or bracketed form). */
  check(address: string): AddressVerdict {
    const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
    if (!ipaddr.isValid(bare)) return { allowed: false, rule: 'notAnAddress', reason: `${address} is not an IP address` };
    const parsed = ipaddr.parse(bare);
    const refused = refusedRange(parsed);
    if (refused === null || this.#isAllowListed(parsed) || this.#isAllowListed(refused.judged)) return { allowed: true };
    const what = ruleText[refused.rule] ?? `${refused.rule} address`;
    const inside = refused.judged === parsed ? '' : ` (it carries ${refused.judged.toString()})`;
    return { allowed: false, rule: refused.rule, reason: `${parsed.toString()} is a ${what}${inside}; webhooks may reach only public addresses unless WEBHOOK_ALLOW_PRIVATE allows it` };
  }

  #isAllowListed(address: Address): boolean {
    return this.#allowed.some(([network, bits]) => network.kind() === address.kind() && address.match(network, bits));
  }
}
