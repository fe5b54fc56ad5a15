import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
// CommonJS: Node's ESM loader sees no named exports in it.
import proto from '@temporalio/proto';

/** One AES-256 key and the id written beside every payload it encrypts. */
export interface CodecKey {
  id: string;
  /** 32 bytes. */
  key: Uint8Array;
}

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const CIPHER_METADATA = 'encryption-cipher';
const CIPHER = 'AES-256-GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class CodecKeyUnknown extends Error {
  override readonly name = 'CodecKeyUnknown';
}

const utf8 = new TextEncoder();
const text = (bytes: Uint8Array | null | undefined) => (bytes == null ? undefined : new TextDecoder().decode(bytes));

/**
 * Encrypts every Temporal payload (the whole serialized Payload, metadata included, so
 * even the encoding of the plaintext is hidden) with AES-256-GCM under the first key of
 * the ring, and writes that key's id into the payload's metadata. Decoding picks the key
 * by that id, so older keys stay in the ring to read old histories while new payloads use
 * the new key: rotation is "prepend a key, keep the old ones".
 */
export class EncryptionCodec implements PayloadCodec {
  // KeyObjects made once: a cipher given raw key bytes builds one per payload, which was
  // most of the codec's time (2–3× the AES work itself on this machine).
  readonly #keys: Map<string, KeyObject>;
  readonly #active: { id: string; key: KeyObject };

  constructor(ring: readonly CodecKey[]) {
    const [active] = ring;
    if (active === undefined) throw new Error('EncryptionCodec needs at least one key');
    for (const { id, key } of ring) {
      if (key.byteLength !== 32) throw new Error(`codec key ${id} must be 32 bytes, got ${key.byteLength}`);
    }
    this.#keys = new Map(ring.map(({ id, key }) => [id, createSecretKey(key)]));
    this.#active = { id: active.id, key: createSecretKey(active.key) };
  }

  get activeKeyId(): string {
    return this.#active.id;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const plain = proto.temporal.api.common.v1.Payload.encode(payload).finish();
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.#active.key, iv);
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: {
          encoding: utf8.encode(ENCRYPTED_ENCODING),
          [KEY_ID_METADATA]: utf8.encode(this.#active.id),
          [CIPHER_METADATA]: utf8.encode(CIPHER),
        },
        data: sealed,
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      // Payloads written before encryption was switched on pass through unchanged.
      if (text(payload.metadata?.['encoding']) !== ENCRYPTED_ENCODING) return payload;
      const keyId = text(payload.metadata?.[KEY_ID_METADATA]) ?? '';
      const key = this.#keys.get(keyId);
      if (key === undefined) throw new CodecKeyUnknown(`payload encrypted with key "${keyId}", which is not in the key ring`);
      const sealed = Buffer.from(payload.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
      return proto.temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

/** The codecs a client or worker runs with: encryption when keys are configured, none otherwise. */
export function payloadCodecsFor(ring: readonly CodecKey[]): PayloadCodec[] {
  return ring.length === 0 ? [] : [new EncryptionCodec(ring)];
}
