import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors';

export const MAX_JSON_DEPTH = 16;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Walks the JSON text once, before it is parsed, and refuses what JSON.parse would accept
 * but caseflow must not: nesting deeper than MAX_JSON_DEPTH (a cheap denial of service
 * against every later walk of the value) and an object naming the same key twice (parsers
 * disagree on which one wins, so the body means different things to different readers).
 * Malformed JSON is left for the parser to report.
 */
export function checkJsonShape(text: string): ApiError | null {
  const keys: (Set<string> | null)[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const container = keys.at(-1);
      // A string is a key when it is in an object and followed by a colon.
      let next = end + 1;
      while (next < text.length && /\s/.test(text[next] ?? '')) next += 1;
      if (container != null && text[next] === ':') {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          return null;
        }
        if (container.has(key)) return new ApiError(400, 'duplicate_key', `the JSON body names "${key.slice(0, 64)}" twice in one object`);
        container.add(key);
      }
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      keys.push(char === '{' ? new Set() : null);
      if (keys.length > MAX_JSON_DEPTH) return new ApiError(400, 'too_deeply_nested', `the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`);
    } else if (char === '}' || char === ']') {
      keys.pop();
    }
    i += 1;
  }
  return null;
}

/**
 * JSON is the only body type (anything else is 415). The body must be valid UTF-8
 * (invalid bytes are a 400 `invalid_encoding`, never silently replaced by U+FFFD), declare
 * no other charset, and pass checkJsonShape; then Fastify's own parser (which also refuses
 * `__proto__` and `constructor.prototype` keys) reads it.
 */
export function installJsonOnly(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1];
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      done(new ApiError(415, 'unsupported_media_type', `only UTF-8 JSON is accepted, not charset ${charset.slice(0, 32)}`), undefined);
      return;
    }
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new ApiError(400, 'invalid_encoding', 'the body is not valid UTF-8'), undefined);
      return;
    }
    const problem = checkJsonShape(text);
    if (problem !== null) {
      done(problem, undefined);
      return;
    }
    parse(request, text, done);
  });
}
