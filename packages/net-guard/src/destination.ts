import { promises as dns, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { AddressPolicy, AddressVerdict } from './address-policy';

/** Resolves a host name to every address it has now (`dns.promises.lookup` with `all: true`). */
export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>;

export const systemResolver: Resolver = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/** A destination the policy refuses; `reason` names the address and the rule. */
export class DestinationRefused extends Error {
  override readonly name = 'DestinationRefused';
  constructor(
    readonly rule: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** WHATWG `URL.hostname` without IPv6 brackets or a trailing root dot. */
function bareHost(hostname: string): string {
  const unbracketed = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return unbracketed.endsWith('.') ? unbracketed.slice(0, -1) : unbracketed;
}

/** `localhost` and its subdomains always mean loopback (RFC 6761), whatever DNS says. */
function isLocalhostName(host: string): boolean {
  const lower = host.toLowerCase();
  return lower === 'localhost' || lower.endsWith('.localhost');
}

/**
 * The check at subscription time, on a URL's host as the WHATWG URL parser left it (it has
 * already turned `2130706433`, `0x7f.1`, `0177.0.0.1` and `127.1` into `127.0.0.1`): an
 * address literal is judged now, `localhost` counts as loopback, and any other name is
 * accepted — it is resolved and judged again at every delivery.
 */
export function checkUrlHost(policy: AddressPolicy, hostname: string): AddressVerdict {
  const host = bareHost(hostname);
  if (isIP(host) !== 0) return policy.check(host);
  if (isLocalhostName(host)) {
    if (policy.check('127.0.0.1').allowed || policy.check('::1').allowed) return { allowed: true };
    return { allowed: false, rule: 'loopback', reason: `${hostname} is a loopback name; webhooks may reach only public addresses unless WEBHOOK_ALLOW_PRIVATE allows it` };
  }
  return { allowed: true };
}

/**
 * The addresses a delivery may connect to for this host, resolved now: an address literal
 * as it is, a name through `resolve` (loopback for `localhost`). Refused addresses are left
 * out; none left throws DestinationRefused naming the first refused one.
 */
export async function vettedAddresses(policy: AddressPolicy, hostname: string, resolve: Resolver = systemResolver): Promise<LookupAddress[]> {
  const host = bareHost(hostname);
  const family = isIP(host);
  const candidates: readonly LookupAddress[] =
    family !== 0
      ? [{ address: host, family }]
      : isLocalhostName(host)
        ? [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]
        : await resolve(host);
  if (candidates.length === 0) throw new DestinationRefused('unresolved', `${host} resolves to no address`);
  const allowed: LookupAddress[] = [];
  let firstRefusal: (AddressVerdict & { allowed: false }) | undefined;
  for (const candidate of candidates) {
    const verdict = policy.check(candidate.address);
    if (verdict.allowed) allowed.push(candidate);
    else firstRefusal ??= verdict;
  }
  if (allowed.length === 0 && firstRefusal !== undefined) {
    const via = family === 0 ? `${host} resolves to ` : '';
    throw new DestinationRefused(firstRefusal.rule, `destination refused: ${via}${firstRefusal.reason}`);
  }
  return allowed;
}

/**
 * A `lookup` for `http.request`/`net.connect` that answers only the addresses already
 * vetted, never resolving again: the address judged is the address connected to, so a name
 * that resolves to a public address when checked and to 127.0.0.1 a moment later (DNS
 * rebinding) has no second, unchecked resolution to slip through.
 */
export function pinnedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? addresses.filter((entry) => entry.family === options.family) : addresses;
    const first = wanted[0];
    if (first === undefined) {
      callback(Object.assign(new Error(`${hostname} has no vetted IPv${String(options.family)} address`), { code: 'ENOTFOUND' }), '', 4);
    } else if (options.all === true) {
      // Node's lookup type has no overload for `all`, though net.connect asks for it.
      (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, [...wanted]);
    } else {
      callback(null, first.address, first.family);
    }
  };
}
