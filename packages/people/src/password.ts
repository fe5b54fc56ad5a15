import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are hashed with scrypt from Node's crypto (OpenSSL's implementation: kept,
 * no native add-on to build or download). Parameters are OWASP's minimum for scrypt:
 * N = 2^17, r = 8, p = 1, i.e. 128 MiB of memory per hash, which is what makes guessing
 * on GPUs expensive; about 0.3 s on one core of the development machine. They are written
 * into every hash, so raising them later keeps old hashes verifiable.
 */
export const scryptParameters = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  // maxmem must exceed 128 * N * r bytes, or OpenSSL refuses.
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem: 256 * params.N * params.r }, (error, key) => (error === null ? resolve(key) : reject(error))),
  );
}

/** `scrypt$N=131072,r=8,p=1$<salt>$<hash>` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, scryptParameters);
  const { N, r, p } = scryptParameters;
  return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const format = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/;

/** Constant-time comparison; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = format.exec(stored);
  if (match === null) return false;
  const [, n, r, p, salt, expected] = match as unknown as [string, string, string, string, string, string];
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  const want = Buffer.from(expected, 'base64url');
  return want.length === key.length && timingSafeEqual(want, key);
}

/**
 * A hash of nothing anyone knows, verified against when the e-mail is unknown, so that an
 * unknown address costs the same time as a wrong password (no timing oracle).
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString('base64url'));
  return decoy;
}

export const passwordRules = { minLength: 12, maxLength: 256 } as const;

/** Why a new password is refused, or null. Length only (NIST 800-63B): no composition rules. */
export function passwordProblem(password: string): string | null {
  if (password.length < passwordRules.minLength) return `the password must have at least ${passwordRules.minLength} characters`;
  if (password.length > passwordRules.maxLength) return `the password must have at most ${passwordRules.maxLength} characters`;
  return null;
}

/** A password for a person to change later: 18 random bytes, 24 characters. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
