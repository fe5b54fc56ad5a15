import { describe, expect, it } from 'vitest';
import { requestIdFor } from './intake';

describe('requestIdFor', () => {
  const secret = 'server-secret';

  it('derives the same UUID from the same credential and Idempotency-Key', () => {
    expect(requestIdFor(secret, 'key-a', 'order-42')).toBe(requestIdFor(secret, 'key-a', 'order-42'));
    expect(requestIdFor(secret, 'key-a', 'order-42')).not.toBe(requestIdFor(secret, 'key-a', 'order-43'));
  });

  it('derives another id for the same Idempotency-Key from another credential', () => {
    expect(requestIdFor(secret, 'key-a', 'order-42')).not.toBe(requestIdFor(secret, 'key-b', 'order-42'));
  });

  it('cannot be predicted without the server secret', () => {
    expect(requestIdFor(secret, 'key-a', 'order-42')).not.toBe(requestIdFor('another-secret', 'key-a', 'order-42'));
  });

  it('produces a well-formed UUID (version 8 layout, RFC variant)', () => {
    expect(requestIdFor(secret, 'key-a', 'order-42')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes a fresh id for every request without a key', () => {
    expect(requestIdFor(secret, 'key-a', undefined)).not.toBe(requestIdFor(secret, 'key-a', undefined));
  });
});
