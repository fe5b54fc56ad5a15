import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { decodeJsonPayloads, encodeJsonPayloads } from './codec-server';
import { CodecKeyUnknown, EncryptionCodec, payloadCodecsFor } from './encryption-codec';

const oldKey = { id: 'k-2026-10', key: randomBytes(32) };
const newKey = { id: 'k-2026-11', key: randomBytes(32) };
const secretText = 'My card 4111 was declined, call me on +44 7700 900123';

describe('EncryptionCodec', () => {
  it('round-trips a payload and leaves no plaintext in the encoded bytes', async () => {
    const codec = new EncryptionCodec([newKey]);
    const payload = defaultPayloadConverter.toPayload({ body: secretText });
    const [encoded] = await codec.encode([payload]);
    expect(Buffer.from(encoded!.data!).includes(Buffer.from('declined'))).toBe(false);
    expect(new TextDecoder().decode(encoded!.metadata!['encryption-key-id'])).toBe('k-2026-11');
    const [decoded] = await codec.decode([encoded!]);
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual({ body: secretText });
  });

  it('reads payloads written under an older key after rotation, and writes with the newest', async () => {
    const [underOld] = await new EncryptionCodec([oldKey]).encode([defaultPayloadConverter.toPayload('hello')]);
    const rotated = new EncryptionCodec([newKey, oldKey]);
    expect(defaultPayloadConverter.fromPayload((await rotated.decode([underOld!]))[0]!)).toBe('hello');
    const [underNew] = await rotated.encode([defaultPayloadConverter.toPayload('hello')]);
    expect(new TextDecoder().decode(underNew!.metadata!['encryption-key-id'])).toBe(newKey.id);
  });

  it('refuses a payload whose key left the ring, naming the key', async () => {
    const [underOld] = await new EncryptionCodec([oldKey]).encode([defaultPayloadConverter.toPayload('x')]);
    await expect(new EncryptionCodec([newKey]).decode([underOld!])).rejects.toThrow(CodecKeyUnknown);
  });

  it('detects tampering through the GCM tag', async () => {
    const codec = new EncryptionCodec([newKey]);
    const [encoded] = await codec.encode([defaultPayloadConverter.toPayload('x')]);
    const data = Buffer.from(encoded!.data!);
    data[data.length - 20]! ^= 1;
    await expect(codec.decode([{ ...encoded!, data }])).rejects.toThrow();
  });

  it('passes unencrypted payloads through, so histories from before encryption stay readable', async () => {
    const plain = defaultPayloadConverter.toPayload('old');
    expect(await new EncryptionCodec([newKey]).decode([plain])).toEqual([plain]);
  });

  it('is absent when no key is configured', () => {
    expect(payloadCodecsFor([])).toEqual([]);
  });
});

describe('the remote codec JSON protocol', () => {
  it('encodes and decodes base64 JSON payloads as the Web UI sends them', async () => {
    const codecs = payloadCodecsFor([newKey]);
    const json = { metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: Buffer.from('"hi"').toString('base64') };
    const [encoded] = await encodeJsonPayloads(codecs, [json]);
    expect(encoded!.data).not.toBe(json.data);
    expect(await decodeJsonPayloads(codecs, [encoded!])).toEqual([json]);
  });
});
