import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Field-level sealing of a customer's words under their own data key (crypto-shredding):
 * a sealed value is a string `cfsealed1.<base64url customer id>.<base64 IV|ciphertext|tag>`,
 * AES-256-GCM with the customer id as associated data. It travels through Temporal as any
 * string does (workflow code passes it on untouched); whoever needs the words opens it with
 * the customer's key, and once that key is destroyed nobody can, whatever copy of the
 * history survives. Plain strings are not sealed values: histories from before pass through.
 */
const PREFIX = 'cfsealed1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedValue {
  customerId: string;
  sealed: Buffer;
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/** The customer a sealed value belongs to, and its bytes; undefined for anything else. */
export function parseSealed(value: string): SealedValue | undefined {
  if (!value.startsWith(PREFIX)) return undefined;
  const [owner, body, extra] = value.slice(PREFIX.length).split('.');
  if (owner === undefined || body === undefined || extra !== undefined) return undefined;
  const customerId = Buffer.from(owner, 'base64url').toString('utf8');
  const sealed = Buffer.from(body, 'base64');
  if (customerId === '' || sealed.length < IV_BYTES + TAG_BYTES) return undefined;
  return { customerId, sealed };
}

export function sealWithDataKey(key: Uint8Array, customerId: string, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(customerId, 'utf8'));
  const sealed = Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${PREFIX}${Buffer.from(customerId, 'utf8').toString('base64url')}.${sealed.toString('base64')}`;
}

export function openWithDataKey(key: Uint8Array, value: SealedValue): string {
  const { sealed, customerId } = value;
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(customerId, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
}
