import { describe, expect, it } from 'vitest';
import { requestIdFor } from './intake';

describe('requestIdFor', () => {
  it('derives the same UUID from the same Idempotency-Key', () => {
    expect(requestIdFor('order-42')).toBe(requestIdFor('order-42'));
    expect(requestIdFor('order-42')).not.toBe(requestIdFor('order-43'));
  });

  it('produces a well-formed UUID (version 5 layout, RFC variant)', () => {
    expect(requestIdFor('order-42')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes a fresh id for every request without a key', () => {
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});
