/** A payload as the codec protocol carries it: metadata and data in base64. */
export interface CodecPayload {
  metadata: Record<string, string>;
  data: string;
}

/**
 * Every payload of a fetched workflow history, exactly as the server stored them (no codec
 * applied), for tests that check what a history holds in clear and what a codec opens.
 */
export function historyPayloads(history: unknown): CodecPayload[] {
  const found: CodecPayload[] = [];
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return;
    if (Array.isArray(value)) return value.forEach(walk);
    const candidate = value as { metadata?: Record<string, Uint8Array>; data?: Uint8Array };
    if (candidate.data instanceof Uint8Array && candidate.metadata !== undefined) {
      found.push({ metadata: Object.fromEntries(Object.entries(candidate.metadata).map(([key, bytes]) => [key, Buffer.from(bytes).toString('base64')])), data: Buffer.from(candidate.data).toString('base64') });
      return;
    }
    Object.values(value).forEach(walk);
  };
  walk(history);
  return found;
}
