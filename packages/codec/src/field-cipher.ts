import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { type CodecKey, CodecKeyUnknown } from './encryption-codec';

/** A value as stored: ciphertext (base64 of IV, ciphertext, GCM tag) and the id of its key, or clear text with no key. */
export interface SealedField {
  value: string;
  keyId: string | null;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts single database fields (webhook signing secrets) at rest with the payload
 * codec's key ring: AES-256-GCM under the ring's first key, the key id stored beside the
 * ciphertext, so rotation is the codec's ("prepend a key, keep the old ones") and a
 * re-encryption moves rows to the newest key. `context` (e.g. the row's id) is bound as
 * associated data: a ciphertext copied into another row does not open there.
 *
 * With an empty ring the cipher is off: `seal` keeps the clear text (keyId null), as the
 * payloads stay unencrypted without CODEC_KEYS; `open` still reads clear values, so rows
 * written before encryption was switched on keep working.
 */
export class FieldCipher {
  // KeyObjects made once, as in EncryptionCodec: raw bytes would build one per value.
  readonly #keys: Map<string, KeyObject>;
  readonly #active: { id: string; key: KeyObject } | undefined;

  constructor(ring: readonly CodecKey[]) {
    for (const { id, key } of ring) {
      if (key.byteLength !== 32) throw new Error(`codec key ${id} must be 32 bytes, got ${key.byteLength}`);
    }
    const [active] = ring;
    this.#active = active === undefined ? undefined : { id: active.id, key: createSecretKey(active.key) };
    this.#keys = new Map(ring.map(({ id, key }) => [id, createSecretKey(key)]));
  }

  /** The key new values are sealed with; null when the ring is empty (values stay clear). */
  get activeKeyId(): string | null {
    return this.#active?.id ?? null;
  }

  seal(plaintext: string, context: string): SealedField {
    const active = this.#active;
    if (active === undefined) return { value: plaintext, keyId: null };
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', active.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return { value: sealed.toString('base64'), keyId: active.id };
  }

  open(field: SealedField, context: string): string {
    if (field.keyId === null) return field.value;
    const key = this.#keys.get(field.keyId);
    if (key === undefined) throw new CodecKeyUnknown(`field encrypted with key "${field.keyId}", which is not in the key ring (CODEC_KEYS)`);
    const sealed = Buffer.from(field.value, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** True when the value is not sealed under the newest key (clear, or an older key). */
  isStale(field: SealedField): boolean {
    return this.#active !== undefined && field.keyId !== this.#active.id;
  }
}
