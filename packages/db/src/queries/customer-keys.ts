import { randomBytes } from 'node:crypto';
import { type FieldCipher, isSealed, type JsonPayload, openWithDataKey, parseSealed, sealWithDataKey } from '@caseflow/codec';
import type { Db } from '../client';

/** What a sealed value opens to once its customer's key is destroyed. */
export const erasedText = '[erased]';

/**
 * Seals and opens a customer's words under their own data key (packages/codec
 * customer-seal.ts), kept in `customer_keys` wrapped by the codec key ring. Keys are read
 * from PostgreSQL on every use, never cached: once an erasure deletes a key, no process can
 * open that customer's values any more.
 */
export class CustomerVault {
  constructor(
    private readonly db: Db,
    private readonly ring: FieldCipher,
  ) {}

  async seal(customerId: string, plaintext: string): Promise<string> {
    return (await this.sealer(customerId))(plaintext);
  }

  /** Seals many values of one customer with one key look-up. */
  async sealer(customerId: string): Promise<(plaintext: string) => string> {
    const key = await this.keyFor(customerId);
    return (plaintext) => sealWithDataKey(key, customerId, plaintext);
  }

  /** A sealed value's words, `[erased]` when its customer's key is gone; anything else as it is. */
  async unseal(value: string): Promise<string> {
    return this.open(value, new Map());
  }

  /** A JSON value with every sealed string in it opened (unseal), each customer's key read once. */
  async unsealDeep<T>(value: T): Promise<T> {
    return this.openDeep(value, new Map());
  }

  private async openDeep<T>(value: T, keys: Map<string, Promise<Uint8Array | undefined>>): Promise<T> {
    if (isSealed(value)) return (await this.open(value, keys)) as T;
    if (Array.isArray(value)) return (await Promise.all(value.map((item: unknown) => this.openDeep(item, keys)))) as T;
    if (value !== null && typeof value === 'object') {
      const entries = await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await this.openDeep(item, keys)] as const));
      return Object.fromEntries(entries) as T;
    }
    return value;
  }

  /** `keys` lives for one call only: a key destroyed later is never opened with from memory. */
  private async open(value: string, keys: Map<string, Promise<Uint8Array | undefined>>): Promise<string> {
    const parsed = parseSealed(value);
    if (parsed === undefined) return value;
    let key = keys.get(parsed.customerId);
    if (key === undefined) {
      key = this.existingKey(parsed.customerId);
      keys.set(parsed.customerId, key);
    }
    const found = await key;
    return found === undefined ? erasedText : openWithDataKey(found, parsed);
  }

  /** Temporal JSON payloads (the codec protocol's shape, already decrypted) with the sealed strings inside opened. */
  async unsealPayloads(payloads: JsonPayload[]): Promise<JsonPayload[]> {
    return Promise.all(
      payloads.map(async (payload) => {
        if (Buffer.from(payload.metadata?.['encoding'] ?? '', 'base64').toString('utf8') !== 'json/plain' || !(payload.data ?? '').length) return payload;
        const text = Buffer.from(payload.data ?? '', 'base64').toString('utf8');
        if (!text.includes('cfsealed1.')) return payload;
        const opened = await this.unsealDeep(JSON.parse(text) as unknown);
        return { ...payload, data: Buffer.from(JSON.stringify(opened), 'utf8').toString('base64') };
      }),
    );
  }

  private async existingKey(customerId: string): Promise<Uint8Array | undefined> {
    const row = await this.db.selectFrom('customer_keys').select(['wrapped_key', 'key_id']).where('customer_id', '=', customerId).executeTakeFirst();
    return row === undefined ? undefined : Buffer.from(this.ring.open({ value: row.wrapped_key, keyId: row.key_id }, `customer-key:${customerId}`), 'base64');
  }

  private async keyFor(customerId: string): Promise<Uint8Array> {
    const existing = await this.existingKey(customerId);
    if (existing !== undefined) return existing;
    const wrapped = this.ring.seal(randomBytes(32).toString('base64'), `customer-key:${customerId}`);
    // Two first seals at once: one key wins, both use it.
    await this.db.insertInto('customer_keys').values({ customer_id: customerId, wrapped_key: wrapped.value, key_id: wrapped.keyId }).onConflict((oc) => oc.column('customer_id').doNothing()).execute();
    const key = await this.existingKey(customerId);
    if (key === undefined) throw new Error(`the data key of customer ${customerId} was destroyed while it was being made`);
    return key;
  }
}

/** Destroys a customer's data key: every value sealed under it becomes unreadable, everywhere. */
export async function destroyCustomerKey(db: Db, customerId: string): Promise<boolean> {
  const deleted = await db.deleteFrom('customer_keys').where('customer_id', '=', customerId).executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}
