import { AddressPolicy, type Resolver } from '@caseflow/net-guard';
import { refusedDestinations } from '@caseflow/net-guard/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestReceiver } from '../testing/receiver';
import { postEvent, type SignedPost } from './post';

const nothingPrivate = new AddressPolicy();
const loopbackAllowed = AddressPolicy.fromAllowList('127.0.0.1/32,::1/128');
let receiver: TestReceiver;

beforeAll(async () => {
  receiver = await new TestReceiver().start();
});

afterAll(async () => {
  await receiver.stop();
});

const post = (url: string, destinations: AddressPolicy, resolve?: Resolver) => {
  const signed: SignedPost = { url, body: '{"id":"e-1"}', eventType: 'request.created', eventId: 'e-1', secrets: ['whsec_test'], timeoutMs: 2_000, destinations };
  return postEvent(resolve === undefined ? signed : { ...signed, resolve });
};

describe('postEvent destinations', () => {
  it.each(refusedDestinations)('refuses $url for good, without connecting ($rule)', async ({ url }) => {
    const result = await post(url, nothingPrivate, () => Promise.reject(new Error('a literal is never resolved')));
    expect(result).toMatchObject({ ok: false, statusCode: null, retryable: false });
    expect(result.error).toMatch(/^destination refused: /);
  });

  it('refuses the loopback receiver unless the allow-list names loopback, and then reaches it', async () => {
    const before = receiver.receipts.length;
    const refused = await post(receiver.url, nothingPrivate);
    expect(refused).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('127.0.0.1 is a loopback address') });
    expect(receiver.receipts).toHaveLength(before);

    expect(await post(receiver.url, loopbackAllowed)).toMatchObject({ ok: true, statusCode: 204 });
    expect(receiver.receipts).toHaveLength(before + 1);
  });

  it('refuses a host name that the resolver points at loopback, though the name itself looks harmless', async () => {
    const url = receiver.url.replace('127.0.0.1', 'hooks.partner.example');
    const result = await post(url, nothingPrivate, async () => [{ address: '127.0.0.1', family: 4 }]);
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(result.error).toBe('destination refused: hooks.partner.example resolves to 127.0.0.1 is a loopback address; webhooks may reach only public addresses unless WEBHOOK_ALLOW_PRIVATE allows it');
  });

  it('connects to the address it vetted, never resolving the name a second time', async () => {
    const url = receiver.url.replace('127.0.0.1', 'hooks.partner.example');
    let resolutions = 0;
    // A rebinding resolver: allowed loopback first, cloud metadata on every later call.
    const rebinding: Resolver = async () => [{ address: resolutions++ === 0 ? '127.0.0.1' : '169.254.169.254', family: 4 }];
    const before = receiver.receipts.length;
    expect(await post(url, loopbackAllowed, rebinding)).toMatchObject({ ok: true, statusCode: 204 });
    expect(resolutions).toBe(1);
    expect(receiver.receipts).toHaveLength(before + 1);
    expect(receiver.receipts.at(-1)?.headers.host).toMatch(/^hooks\.partner\.example:\d+$/);

    const second = await post(url, loopbackAllowed, rebinding);
    expect(second).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('169.254.169.254 is a link-local address') });
    expect(receiver.receipts).toHaveLength(before + 1);
  });

  it('treats a connection refused as retryable, as before', async () => {
    const down = await new TestReceiver().start();
    const url = down.url;
    await down.stop();
    expect(await post(url, loopbackAllowed)).toMatchObject({ ok: false, retryable: true, error: expect.stringMatching(/ECONNREFUSED/) });
  });
});
