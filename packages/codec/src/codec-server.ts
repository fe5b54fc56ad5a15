import type { Payload, PayloadCodec } from '@temporalio/common';

/**
 * The JSON shape of Temporal's remote codec protocol (what the Web UI and `temporal`
 * CLI POST to /encode and /decode): payloads with base64 metadata values and data.
 */
export interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}

export class MalformedPayload extends Error {
  override readonly name = 'MalformedPayload';
}

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

function bytes(value: string, where: string): Uint8Array {
  if (value.length % 4 !== 0 || !base64.test(value)) throw new MalformedPayload(`${where} is not base64`);
  return Buffer.from(value, 'base64');
}

function fromJson(payload: JsonPayload, index: number): Payload {
  const metadata = Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, bytes(value, `payloads[${index}].metadata.${key}`)]));
  return { metadata, data: bytes(payload.data ?? '', `payloads[${index}].data`) };
}

function toJson(payload: Payload): JsonPayload {
  const metadata = Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? new Uint8Array()).toString('base64')]));
  return { metadata, data: Buffer.from(payload.data ?? new Uint8Array()).toString('base64') };
}

export async function encodeJsonPayloads(codecs: readonly PayloadCodec[], payloads: readonly JsonPayload[]): Promise<JsonPayload[]> {
  let current = payloads.map(fromJson);
  // Encoding applies the codecs last to first, as Temporal's data converter does.
  for (const codec of [...codecs].reverse()) current = await codec.encode(current);
  return current.map(toJson);
}

export async function decodeJsonPayloads(codecs: readonly PayloadCodec[], payloads: readonly JsonPayload[]): Promise<JsonPayload[]> {
  let current = payloads.map(fromJson);
  for (const codec of codecs) current = await codec.decode(current);
  return current.map(toJson);
}
