/** Little-endian typed arrays ↔ base64, so artefacts read the same on any machine. */

export function int32ToBase64(a: ArrayLike<number>): string {
  const buf = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) buf.writeInt32LE(a[i]!, i * 4);
  return buf.toString('base64');
}

export function float32ToBase64(a: ArrayLike<number>): string {
  const buf = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) buf.writeFloatLE(a[i]!, i * 4);
  return buf.toString('base64');
}

export function int16ToBase64(a: ArrayLike<number>): string {
  const buf = Buffer.alloc(a.length * 2);
  for (let i = 0; i < a.length; i++) buf.writeInt16LE(a[i]!, i * 2);
  return buf.toString('base64');
}

function bytes(b64: string, width: number, what: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new Error(`${what} is not base64`);
  const buf = Buffer.from(b64, 'base64');
  if (buf.length % width !== 0) throw new Error(`${what} has ${buf.length} bytes, not a multiple of ${width}`);
  return buf;
}

export function base64ToInt32(b64: string, what: string): Int32Array {
  const buf = bytes(b64, 4, what);
  const out = new Int32Array(buf.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readInt32LE(i * 4);
  return out;
}

export function base64ToFloat32(b64: string, what: string): Float32Array {
  const buf = bytes(b64, 4, what);
  const out = new Float32Array(buf.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readFloatLE(i * 4);
  return out;
}

export function base64ToInt16(b64: string, what: string): Int16Array {
  const buf = bytes(b64, 2, what);
  const out = new Int16Array(buf.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = buf.readInt16LE(i * 2);
  return out;
}
