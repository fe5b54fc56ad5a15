import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { AddressPolicy, parseAllowList } from './address-policy';
import { checkUrlHost, DestinationRefused, pinnedLookup, type Resolver, vettedAddresses } from './destination';
import { allowedDestinations, refusedDestinations } from './ssrf.corpus';

const nothingPrivate = new AddressPolicy();
const hostOf = (url: string) => new URL(url).hostname;

describe('the SSRF corpus', () => {
  it('holds at least 30 spellings, IPv4 and IPv6', () => {
    expect(refusedDestinations.length).toBeGreaterThanOrEqual(30);
    expect(refusedDestinations.filter((entry) => hostOf(entry.url).startsWith('[')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(refusedDestinations)('refuses $url at subscription time ($rule)', ({ url, rule }) => {
    const verdict = checkUrlHost(nothingPrivate, hostOf(url));
    expect(verdict).toMatchObject({ allowed: false, rule });
  });

  it.each(refusedDestinations)('refuses $url at delivery time ($rule)', async ({ url, rule }) => {
    const noDns: Resolver = () => Promise.reject(new Error('a literal must not be resolved'));
    const refused = await vettedAddresses(nothingPrivate, hostOf(url), noDns).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DestinationRefused);
    expect(refused).toMatchObject({ rule });
  });

  it.each(allowedDestinations)('lets the public %s through', async (url) => {
    expect(checkUrlHost(nothingPrivate, hostOf(url))).toEqual({ allowed: true });
    expect(await vettedAddresses(nothingPrivate, hostOf(url))).toHaveLength(1);
  });
});

describe('AddressPolicy', () => {
  it('names the address and the rule in its reason', () => {
    expect(nothingPrivate.check('::ffff:169.254.169.254')).toEqual({
      allowed: false,
      rule: 'linkLocal',
      reason: expect.stringMatching(/^::ffff:a9fe:a9fe is a link-local address .* \(it carries 169\.254\.169\.254\); .*WEBHOOK_ALLOW_PRIVATE/),
    });
  });

  it('lets the allow-list through, and only what it names', () => {
    const loopback = AddressPolicy.fromAllowList('127.0.0.1/32,::1/128');
    expect(loopback.check('127.0.0.1')).toEqual({ allowed: true });
    expect(loopback.check('::1')).toEqual({ allowed: true });
    expect(loopback.check('::ffff:127.0.0.1')).toEqual({ allowed: true });
    expect(checkUrlHost(loopback, 'localhost')).toEqual({ allowed: true });
    for (const still of ['127.0.0.2', '169.254.169.254', '10.0.0.1', '0.0.0.0', 'fd00::1', '::']) {
      expect(loopback.check(still)).toMatchObject({ allowed: false });
    }
    expect(AddressPolicy.fromAllowList('10.20.0.0/16').check('10.20.3.4')).toEqual({ allowed: true });
    expect(loopback.allowList).toEqual(['127.0.0.1/32', '::1/128']);
  });

  it.each([
    ['127.0.0.1', /prefix length/],
    ['127.0.0.1/33', /not a CIDR/],
    ['localhost/32', /not a CIDR/],
    ['10.1.2.3/8', /host bits set: did you mean 10\.0\.0\.0\/8/],
    ['fd00::1/8', /host bits set/],
  ])('refuses the allow-list entry %s', (entry, message) => {
    expect(() => parseAllowList(`127.0.0.1/32, ${entry}`)).toThrow(message);
  });

  it('allows nothing private when the allow-list is empty or unset', () => {
    expect(parseAllowList(undefined)).toEqual([]);
    expect(parseAllowList(' , ')).toEqual([]);
  });
});

describe('delivery-time resolution', () => {
  const resolvingTo =
    (...addresses: string[]): Resolver =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('refuses a name that resolves to loopback, though its URL was accepted at subscription time', async () => {
    expect(checkUrlHost(nothingPrivate, 'hooks.attacker.example')).toEqual({ allowed: true });
    await expect(vettedAddresses(nothingPrivate, 'hooks.attacker.example', resolvingTo('127.0.0.1'))).rejects.toThrow(
      /destination refused: hooks\.attacker\.example resolves to 127\.0\.0\.1 is a loopback address/,
    );
  });

  it('keeps only the public addresses of a name that also resolves to refused ones', async () => {
    expect(await vettedAddresses(nothingPrivate, 'mixed.example', resolvingTo('10.0.0.5', '93.184.215.14', '::1'))).toEqual([{ address: '93.184.215.14', family: 4 }]);
  });

  it('refuses a name that resolves to nothing', async () => {
    await expect(vettedAddresses(nothingPrivate, 'empty.example', resolvingTo())).rejects.toBeInstanceOf(DestinationRefused);
  });

  it('hands the socket only the vetted addresses, as one or all', () => {
    const vetted: LookupAddress[] = [{ address: '93.184.215.14', family: 4 }, { address: '2606:4700:4700::1111', family: 6 }];
    const lookup = pinnedLookup(vetted);
    const one: unknown[] = [];
    lookup('example.com', { family: 6 }, (...args) => one.push(args));
    expect(one).toEqual([[null, '2606:4700:4700::1111', 6]]);
    const all: unknown[] = [];
    lookup('example.com', { all: true }, (...args) => all.push(args));
    expect(all).toEqual([[null, vetted]]);
  });
});
