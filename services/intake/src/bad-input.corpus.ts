/**
 * The hostile and malformed requests of bad-input.test.ts, with the answer each must get.
 * Cases name a key by scope ('requests:write', 'admin', …, 'revoked', 'expired'), give a
 * literal Authorization value through headers, or none (null).
 */
export interface BadInput {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS';
  url: string;
  key: string | null;
  headers?: Record<string, string>;
  payload?: string | Buffer | object;
  status: number;
  code: string;
}

const uuid = '00000000-0000-4000-8000-000000000000';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Stands for the id of a webhook the test creates, so that its deliveries route gets as far as reading the cursor. */
export const webhookFixture = '{webhookId}';

const actionNames = ['assign', 'start', 'wait', 'resume', 'comment', 'resolve', 'reopen', 'close', 'reclassify', 'confirm-category', 'priority', 'feedback'] as const;
const analyticsNames = ['volume', 'resolution', 'sla', 'csat', 'classifier', 'topics', 'at-risk'] as const;

/** SLA policy calendars that are wrong only in their `hours` (several openings a day). */
function slaCalendarCases(): BadInput[] {
  const calendar = { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5] };
  const body = (extra: object) => ({ name: 'x', priority: 'low', firstResponseMinutes: 30, resolutionMinutes: 240, calendar: { ...calendar, ...extra } });
  const cases: [string, object][] = [
    ['overlapping opening hours', { hours: [['09:00', '13:00'], ['12:00', '18:00']] }],
    ['unsorted opening hours', { hours: [['13:00', '18:00'], ['09:00', '12:00']] }],
    ['an opening that ends before it starts', { hours: [['18:00', '09:00']] }],
    ['no opening hours at all', { hours: [] }],
    ['an opening that is not a pair', { hours: [['09:00']] }],
    ['an opening time past midnight', { hours: [['09:00', '24:30']] }],
    ['opening hours as a string', { hours: '09:00-18:00' }],
    ['opening hours contradicting openTime', { openTime: '07:00', hours: [['09:00', '18:00']] }],
    ['a calendar with neither opening hours nor openTime', {}],
  ];
  return cases.map(([what, extra]): BadInput => ({ name: `an SLA policy with ${what}`, method: 'POST', url: '/v1/sla-policies', key: 'admin', payload: body(extra), status: 400, code: 'invalid_request' }));
}

/**
 * Forged keyset cursors: well-formed base64url JSON whose fields are not what any page
 * returned — a day that does not exist, year 0000 (Date.parse takes both, PostgreSQL
 * refuses them), an id of 36 dashes — and bytes that are no JSON at all.
 */
function forgedCursors(url: string, key: string, id = uuid): BadInput[] {
  const sep = url.includes('?') ? '&' : '?';
  const cases: [string, string][] = [
    ['February 31st', b64(['2026-02-31T00:00:00.000Z', id])],
    ['year 0000', b64(['0000-01-01T00:00:00.000Z', id])],
    ['hour 24', b64(['2026-11-25T24:00:00.000Z', id])],
    ['a 36-dash id', b64(['2026-11-25T00:00:00.000Z', '-'.repeat(36)])],
    ['garbage base64', 'AAAAAAAA'],
  ];
  return cases.map(([what, cursor]) => ({ name: `a forged cursor (${what}) for GET ${url.split('?')[0]}`, method: 'GET', url: `${url}${sep}cursor=${cursor}`, key, status: 400, code: 'invalid_cursor' }));
}

/** The webhook routes' cursors are base64url of "createdAt|id". */
function forgedWebhookCursors(url: string): BadInput[] {
  const raw = (value: string) => Buffer.from(value).toString('base64url');
  const cases: [string, string][] = [
    ['February 31st', raw(`2026-02-31T00:00:00.000Z|${uuid}`)],
    ['year 0000', raw(`0000-01-01T00:00:00.000Z|${uuid}`)],
    ['a 36-dash id', raw(`2026-11-25T00:00:00.000Z|${'-'.repeat(36)}`)],
    ['garbage base64', 'AAAAAAAA'],
  ];
  return cases.map(([what, cursor]) => ({ name: `a forged cursor (${what}) for GET ${url}`, method: 'GET', url: `${url}?cursor=${cursor}`, key: 'admin', status: 400, code: 'invalid_cursor' }));
}

export function corpus(marker: string): BadInput[] {
  const valid = { customerId: marker, subject: 'Card declined', body: 'My card was declined.' };
  const json = (value: unknown) => JSON.stringify(value);
  const post = (name: string, payload: string | Buffer | object, status: number, code: string, headers: Record<string, string> = {}): BadInput => ({
    name, method: 'POST', url: '/v1/requests', key: 'requests:write', payload, headers, status, code,
  });
  const list = (name: string, query: string, code = 'invalid_request'): BadInput => ({
    name, method: 'GET', url: `/v1/requests?${query}`, key: 'requests:read', status: 400, code,
  });
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  return [
    // Authentication and authorization
    { name: 'no Authorization header', method: 'POST', url: '/v1/requests', key: null, payload: valid, status: 401, code: 'unauthenticated' },
    { name: 'Bearer without a key', method: 'POST', url: '/v1/requests', key: null, headers: { authorization: 'Bearer ' }, payload: valid, status: 401, code: 'unauthenticated' },
    { name: 'Basic credentials', method: 'GET', url: '/v1/requests', key: null, headers: { authorization: 'Basic YWRtaW46YWRtaW4=' }, status: 401, code: 'unauthenticated' },
    { name: 'a key nobody issued', method: 'GET', url: '/v1/requests', key: null, headers: { authorization: `Bearer cf_${'A'.repeat(43)}` }, status: 401, code: 'invalid_api_key' },
    { name: 'a revoked key', method: 'POST', url: '/v1/requests', key: 'revoked', payload: valid, status: 401, code: 'invalid_api_key' },
    { name: 'an expired key', method: 'POST', url: '/v1/requests', key: 'expired', payload: valid, status: 401, code: 'invalid_api_key' },
    { name: 'a key with SQL in it', method: 'GET', url: '/v1/customers', key: null, headers: { authorization: "Bearer x' OR '1'='1' --aaaaaaaaaaaaaaaa" }, status: 401, code: 'unauthenticated' },
    { name: 'header injection in Authorization', method: 'GET', url: '/v1/requests', key: null, headers: { authorization: 'Bearer abc\tX-Admin: true' }, status: 401, code: 'unauthenticated' },
    { name: 'a read key posting a request', method: 'POST', url: '/v1/requests', key: 'requests:read', payload: valid, status: 403, code: 'forbidden' },
    { name: 'a write key listing API keys', method: 'GET', url: '/v1/api-keys', key: 'requests:write', status: 403, code: 'forbidden' },
    { name: 'an operator key creating an API key', method: 'POST', url: '/v1/api-keys', key: 'operator', payload: { name: 'x', scopes: ['admin'] }, status: 403, code: 'forbidden' },
    { name: 'a read key creating a customer', method: 'POST', url: '/v1/customers', key: 'requests:read', payload: { externalId: marker }, status: 403, code: 'forbidden' },
    { name: 'a write key reading metrics', method: 'GET', url: '/metrics', key: 'requests:write', status: 403, code: 'forbidden' },
    { name: 'a read key resolving a request', method: 'POST', url: `/v1/requests/${uuid}/resolve`, key: 'requests:read', payload: { resolution: 'x' }, status: 403, code: 'forbidden' },
    { name: 'a write key decoding payloads', method: 'POST', url: '/codec/decode', key: 'requests:write', payload: { payloads: [] }, status: 403, code: 'forbidden' },

    // Broken, hostile or oversized JSON
    post('broken JSON', '{"customerId": "x", ', 400, 'malformed_json'),
    post('an empty body', '', 400, 'malformed_json'),
    post('a JSON array', '[]', 400, 'invalid_request'),
    post('a JSON string', '"hello"', 400, 'invalid_request'),
    post('JSON null', 'null', 400, 'invalid_request'),
    post('trailing garbage after JSON', `${json(valid)} x`, 400, 'malformed_json'),
    post('objects nested 40 deep', json({ ...valid, metadata: JSON.parse(nested(40)) }), 400, 'too_deeply_nested'),
    post('arrays nested 5000 deep', `{"metadata":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}`, 400, 'too_deeply_nested'),
    post('a duplicate key', `{"customerId":"${marker}","subject":"a","subject":"b","body":"c"}`, 400, 'duplicate_key'),
    post('a duplicate key spelled with an escape', `{"customerId":"${marker}","subject":"a","subj\\u0065ct":"b","body":"c"}`, 400, 'duplicate_key'),
    post('a duplicate key inside metadata', `{"customerId":"${marker}","subject":"a","body":"c","metadata":{"k":1,"k":2}}`, 400, 'duplicate_key'),
    post('__proto__ pollution', `{"customerId":"${marker}","subject":"a","body":"c","metadata":{"__proto__":{"admin":true}}}`, 400, 'malformed_json'),
    post('constructor.prototype pollution', `{"customerId":"${marker}","subject":"a","body":"c","metadata":{"constructor":{"prototype":{"admin":true}}}}`, 400, 'malformed_json'),
    post('a body over 64 KB', { ...valid, body: 'x'.repeat(70 * 1024) }, 413, 'payload_too_large'),
    post('a subject over 200 characters', { ...valid, subject: 'x'.repeat(201) }, 400, 'invalid_request'),
    post('a body text over 10 000 characters', { ...valid, body: '字'.repeat(10_001) }, 400, 'invalid_request'),
    post('a number for subject', { ...valid, subject: 42 }, 400, 'invalid_request'),
    post('an array for metadata', { ...valid, metadata: [1, 2] }, 400, 'invalid_request'),
    post('an unknown type', { ...valid, type: 'question' }, 400, 'invalid_request'),
    post('an unknown field', { ...valid, isAdmin: true }, 400, 'invalid_request'),
    post('an unknown field in customer', { customer: { externalId: marker, role: 'admin' }, subject: 'a', body: 'b' }, 400, 'invalid_request'),
    post('both customerId and customer', { ...valid, customer: { externalId: marker } }, 400, 'invalid_request'),
    post('neither customerId nor customer', { subject: 'a', body: 'b' }, 400, 'invalid_request'),
    post('a malformed customer email', { customer: { externalId: marker, email: 'not an email' }, subject: 'a', body: 'b' }, 400, 'invalid_request'),
    post('33 metadata properties', { ...valid, metadata: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, i])) }, 400, 'invalid_request'),
    post('an upper-case channel', { ...valid, channel: 'WEB' }, 400, 'invalid_request'),

    // Encodings and control characters
    post('invalid UTF-8 bytes', Buffer.concat([Buffer.from(`{"customerId":"${marker}","subject":"`), Buffer.from([0xff, 0xfe]), Buffer.from('","body":"b"}')]), 400, 'invalid_encoding'),
    post('an overlong UTF-8 encoding of "/"', Buffer.concat([Buffer.from(`{"customerId":"${marker}","subject":"`), Buffer.from([0xc0, 0xaf]), Buffer.from('","body":"b"}')]), 400, 'invalid_encoding'),
    post('a UTF-8-encoded lone surrogate', Buffer.concat([Buffer.from(`{"customerId":"${marker}","subject":"`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","body":"b"}')]), 400, 'invalid_encoding'),
    post('a truncated UTF-8 sequence', Buffer.concat([Buffer.from(`{"customerId":"${marker}","subject":"`), Buffer.from([0xe4, 0xb8]), Buffer.from('","body":"b"}')]), 400, 'invalid_encoding'),
    post('a null byte in subject', { ...valid, subject: 'card\u0000declined' }, 400, 'invalid_request'),
    post('an ANSI escape in body', { ...valid, body: 'hi \u001b[31mred' }, 400, 'invalid_request'),
    post('a DEL character in subject', { ...valid, subject: 'a\u007fb' }, 400, 'invalid_request'),

    // Injection strings where identifiers go
    post('SQL injection in customerId', { ...valid, customerId: "x'; drop table requests; --" }, 400, 'invalid_request'),
    post('script injection in customerId', { ...valid, customerId: '<script>alert(1)</script>' }, 400, 'invalid_request'),
    post('path traversal in customerId', { ...valid, customerId: '../../etc/passwd' }, 400, 'invalid_request'),
    post('a customerId over 128 characters', { ...valid, customerId: 'c'.repeat(129) }, 400, 'invalid_request'),

    // Content types
    post('text/plain', 'hello', 415, 'unsupported_media_type', { 'content-type': 'text/plain' }),
    post('a form', 'customerId=x&subject=y', 415, 'unsupported_media_type', { 'content-type': 'application/x-www-form-urlencoded' }),
    post('multipart', '--b\r\n\r\nx\r\n--b--', 415, 'unsupported_media_type', { 'content-type': 'multipart/form-data; boundary=b' }),
    post('JSON declared as latin1', json(valid), 415, 'unsupported_media_type', { 'content-type': 'application/json; charset=latin1' }),
    post('XML', '<request/>', 415, 'unsupported_media_type', { 'content-type': 'application/xml' }),

    // Idempotency keys
    post('a replayed Idempotency-Key with a different body', { ...valid, subject: 'Not the original' }, 422, 'idempotency_key_reused', { 'idempotency-key': `${marker}-replayed` }),
    post('an Idempotency-Key over 255 characters', valid, 400, 'invalid_request', { 'idempotency-key': 'k'.repeat(256) }),
    post('an Idempotency-Key with spaces', valid, 400, 'invalid_request', { 'idempotency-key': 'order 42; admin=true' }),

    // Listing and search
    list('a negative limit', 'limit=-1'),
    list('a fractional limit', 'limit=1.5'),
    list('a zero limit', 'limit=0'),
    list('a limit over 100', 'limit=1000'),
    list('a non-numeric limit', 'limit=ten'),
    list('a cursor with forbidden characters', 'cursor=abc%20def!'),
    list('a cursor that is not ours', `cursor=${b64({ hello: 'world' })}`, 'invalid_cursor'),
    list('a cursor carrying SQL', `cursor=${b64(['2026-11-25T00:00:00.000Z', "x' or '1'='1"])}`, 'invalid_cursor'),
    list('a cursor with a bad timestamp', `cursor=${b64(['yesterday', uuid])}`, 'invalid_cursor'),
    list('an unknown status', 'status=open'),
    list('a createdFrom that is no date', 'createdFrom=yesterday'),
    list('escalated neither true nor false', 'escalated=maybe'),
    list('an unknown query parameter', 'sort=subject'),
    list('a null byte in q', 'q=refund%00'),
    list('q over 200 characters', `q=${'x'.repeat(201)}`),
    list('status given twice', 'status=pending&status=closed'),

    // Ids in paths
    { name: 'a request id that is not a UUID', method: 'GET', url: '/v1/requests/12345', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'SQL in a request id', method: 'GET', url: `/v1/requests/${encodeURIComponent("1' or '1'='1")}`, key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'path traversal in a request id', method: 'GET', url: '/v1/requests/..%2F..%2Fetc%2Fpasswd', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'an upper-case UUID', method: 'GET', url: '/v1/requests/ABCDEF00-0000-4000-8000-000000000000', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'an unknown request', method: 'GET', url: `/v1/requests/${uuid}`, key: 'requests:read', status: 404, code: 'not_found' },
    { name: 'a negative events cursor', method: 'GET', url: `/v1/requests/${uuid}/events?cursor=-1`, key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'broken percent-encoding in the path', method: 'GET', url: '/v1/requests/%E0%A4%A', key: 'requests:read', status: 400, code: 'invalid_url' },
    { name: 'a route that does not exist', method: 'GET', url: '/v1/../../etc/passwd', key: 'admin', status: 404, code: 'not_found' },

    // Operator actions
    { name: 'an empty resolution', method: 'POST', url: `/v1/requests/${uuid}/resolve`, key: 'operator', payload: { resolution: '' }, status: 400, code: 'invalid_request' },
    { name: 'a resolution with an unknown field', method: 'POST', url: `/v1/requests/${uuid}/resolve`, key: 'operator', payload: { resolution: 'ok', status: 'closed' }, status: 400, code: 'invalid_request' },
    { name: 'resolving a request that does not exist', method: 'POST', url: `/v1/requests/${uuid}/resolve`, key: 'operator', payload: { resolution: 'ok' }, status: 404, code: 'not_found' },

    // Customers
    { name: 'a customer with an unknown field', method: 'POST', url: '/v1/customers', key: 'requests:write', payload: { externalId: marker, tier: 'gold' }, status: 400, code: 'invalid_request' },
    { name: 'a customer name over 200 characters', method: 'POST', url: '/v1/customers', key: 'requests:write', payload: { externalId: marker, name: 'n'.repeat(201) }, status: 400, code: 'invalid_request' },
    { name: 'a customer name with a null byte', method: 'POST', url: '/v1/customers', key: 'requests:write', payload: { externalId: marker, name: 'a\u0000b' }, status: 400, code: 'invalid_request' },
    { name: 'an empty customer patch', method: 'PATCH', url: `/v1/customers/${marker}`, key: 'requests:write', payload: {}, status: 400, code: 'invalid_request' },
    { name: 'a customer id with a null byte', method: 'GET', url: '/v1/customers/a%00b', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'path traversal in a customer id', method: 'GET', url: '/v1/customers/..%2Fapi-keys', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'a bad cursor for a customer\'s requests', method: 'GET', url: `/v1/customers/${marker}/requests?cursor=${b64([1, 2])}`, key: 'requests:read', status: 400, code: 'invalid_cursor' },

    // API keys
    { name: 'a scope that does not exist', method: 'POST', url: '/v1/api-keys', key: 'admin', payload: { name: 'x', scopes: ['superuser'] }, status: 400, code: 'invalid_request' },
    { name: 'no scopes', method: 'POST', url: '/v1/api-keys', key: 'admin', payload: { name: 'x', scopes: [] }, status: 400, code: 'invalid_request' },
    { name: 'a scope given twice', method: 'POST', url: '/v1/api-keys', key: 'admin', payload: { name: 'x', scopes: ['admin', 'admin'] }, status: 400, code: 'invalid_request' },
    { name: 'an expiry in the past', method: 'POST', url: '/v1/api-keys', key: 'admin', payload: { name: 'x', scopes: ['operator'], expiresAt: '2020-01-01T00:00:00Z' }, status: 400, code: 'invalid_request' },
    { name: 'a key id that is not a UUID', method: 'DELETE', url: '/v1/api-keys/1%20or%201=1', key: 'admin', status: 400, code: 'invalid_request' },

    // Forged cursors, on every route that takes one
    ...forgedCursors('/v1/requests', 'requests:read'),
    ...forgedCursors('/v1/customers', 'requests:read', marker),
    ...forgedCursors(`/v1/customers/${marker}/requests`, 'requests:read'),
    ...forgedCursors('/v1/api-keys', 'admin'),
    ...forgedWebhookCursors('/v1/webhooks'),
    ...forgedWebhookCursors(`/v1/webhooks/${webhookFixture}/deliveries`),

    // Host headers: refused before authentication (DNS rebinding)
    { name: 'a foreign Host', method: 'GET', url: '/v1/requests', key: 'requests:read', headers: { host: 'evil.example' }, status: 421, code: 'misdirected_request' },
    { name: 'a foreign Host without a key', method: 'POST', url: '/v1/requests', key: null, headers: { host: 'rebind.attacker.example:8080' }, payload: valid, status: 421, code: 'misdirected_request' },
    { name: 'a Host that only starts with an allowed name', method: 'GET', url: '/v1/requests', key: 'requests:read', headers: { host: 'localhost.attacker.example' }, status: 421, code: 'misdirected_request' },
    { name: 'a Host with user info', method: 'GET', url: '/v1/requests', key: 'requests:read', headers: { host: 'localhost@evil.example' }, status: 421, code: 'misdirected_request' },
    { name: 'a Host that is a private address', method: 'POST', url: '/codec/decode', key: 'operator', headers: { host: '192.168.1.20:8080' }, payload: { payloads: [] }, status: 421, code: 'misdirected_request' },
    { name: 'a Host with a bad port', method: 'GET', url: '/v1/customers', key: 'requests:read', headers: { host: 'localhost:http' }, status: 421, code: 'misdirected_request' },

    // Every operator action: a body field it does not take
    ...actionNames.map((action): BadInput => ({ name: `${action} with an unknown field`, method: 'POST', url: `/v1/requests/${uuid}/${action}`, key: 'operator', payload: { actor: 'admin' }, status: 400, code: 'invalid_request' })),
    // Merge names its target, and only that
    { name: 'a merge without a target', method: 'POST', url: `/v1/requests/${uuid}/merge`, key: 'operator', payload: {}, status: 400, code: 'invalid_request' },
    { name: 'a merge whose target is not a UUID', method: 'POST', url: `/v1/requests/${uuid}/merge`, key: 'operator', payload: { into: "1' or '1'='1" }, status: 400, code: 'invalid_request' },
    { name: 'a merge with an unknown field', method: 'POST', url: `/v1/requests/${uuid}/merge`, key: 'operator', payload: { into: uuid, force: true }, status: 400, code: 'invalid_request' },
    { name: 'a merge whose body is null', method: 'POST', url: `/v1/requests/${uuid}/merge`, key: 'operator', payload: 'null', headers: { 'content-type': 'application/json' }, status: 400, code: 'invalid_request' },
    { name: 'a merge from a posting key', method: 'POST', url: `/v1/requests/${uuid}/merge`, key: 'requests:write', payload: { into: uuid }, status: 403, code: 'forbidden' },
    { name: 'a request id that is not a UUID, for events', method: 'GET', url: '/v1/requests/1%20or%201=1/events', key: 'requests:read', status: 400, code: 'invalid_request' },

    // Customers, one by one
    { name: 'an unknown query parameter for customers', method: 'GET', url: '/v1/customers?role=admin', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'a customer e-mail that is a list', method: 'POST', url: '/v1/customers', key: 'requests:write', payload: { externalId: marker, email: 'a@b.example,x' }, status: 400, code: 'invalid_request' },
    { name: 'a customer e-mail with a display name', method: 'PATCH', url: `/v1/customers/${marker}`, key: 'requests:write', payload: { email: 'Ada <a@b.example>' }, status: 400, code: 'invalid_request' },
    { name: 'erasing a customer by an id with SQL in it', method: 'POST', url: "/v1/customers/1'%20or%20'1'='1/erase", key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'erasing a customer by path traversal', method: 'POST', url: '/v1/customers/..%2F..%2Fapi-keys/erase', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'erasing a customer from an operator key', method: 'POST', url: `/v1/customers/${marker}/erase`, key: 'operator', status: 403, code: 'forbidden' },
    { name: 'erasing a customer from a posting key', method: 'POST', url: `/v1/customers/${marker}/erase`, key: 'requests:write', status: 403, code: 'forbidden' },
    post('a request whose customer e-mail is a list', { customer: { externalId: marker, email: 'a@b.example,x' }, subject: 'a', body: 'b' }, 400, 'invalid_request'),

    // Conversations: the thread, customer messages, replies and notes, attachments, inbound mail
    { name: 'a thread of a request id that is not a UUID', method: 'GET', url: "/v1/requests/1'%20or%201=1/messages", key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'a thread page of 0 messages', method: 'GET', url: `/v1/requests/${uuid}/messages?limit=0`, key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'a customer message with an unknown field', method: 'POST', url: `/v1/requests/${uuid}/messages`, key: 'requests:write', payload: { body: 'hi', visibility: 'internal' }, status: 400, code: 'invalid_request' },
    { name: 'an empty reply', method: 'POST', url: `/v1/requests/${uuid}/reply`, key: 'operator', payload: { body: '' }, status: 400, code: 'invalid_request' },
    { name: 'a note with an unknown field', method: 'POST', url: `/v1/requests/${uuid}/note`, key: 'operator', payload: { body: 'x', public: true }, status: 400, code: 'invalid_request' },
    { name: 'an attachment named by something that is not a sha256', method: 'GET', url: `/v1/requests/${uuid}/attachments/..%2F..%2Fsha256`, key: 'operator', status: 400, code: 'invalid_request' },
    { name: 'an inbound e-mail sent as text/plain', method: 'POST', url: '/v1/inbound/email', key: 'requests:write', headers: { 'content-type': 'text/plain' }, payload: 'From: a@b.example\r\n\r\nhello', status: 415, code: 'unsupported_media_type' },

    // API keys, webhooks, deliveries, SLA policies, analytics, metrics
    { name: 'an API key patch with an unknown field', method: 'PATCH', url: `/v1/api-keys/${uuid}`, key: 'admin', payload: { keyHash: 'x' }, status: 400, code: 'invalid_request' },
    { name: 'an API key id that is not a UUID', method: 'GET', url: '/v1/api-keys/..%2Fadmin', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'a webhook without a URL', method: 'POST', url: '/v1/webhooks', key: 'admin', payload: { events: ['*'] }, status: 400, code: 'invalid_request' },
    { name: 'a webhook id that is not a UUID', method: 'GET', url: '/v1/webhooks/1%27', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'a webhook patch with an unknown field', method: 'PATCH', url: `/v1/webhooks/${uuid}`, key: 'admin', payload: { secret: 'mine' }, status: 400, code: 'invalid_request' },
    { name: 'deleting a webhook by a bad id', method: 'DELETE', url: '/v1/webhooks/x', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'a negative rotation grace', method: 'POST', url: `/v1/webhooks/${uuid}/rotate-secret`, key: 'admin', payload: { graceSeconds: -1 }, status: 400, code: 'invalid_request' },
    { name: 'an unknown delivery status', method: 'GET', url: `/v1/webhooks/${uuid}/deliveries?status=lost`, key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'a delivery id that is not a UUID', method: 'GET', url: '/v1/deliveries/..%2F..', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'replaying a delivery by a bad id', method: 'POST', url: '/v1/deliveries/0/replay', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'an SLA policy without targets', method: 'POST', url: '/v1/sla-policies', key: 'admin', payload: { name: 'x' }, status: 400, code: 'invalid_request' },
    ...slaCalendarCases(),
    { name: 'an SLA policy id that is not a UUID', method: 'GET', url: '/v1/sla-policies/1', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'replacing an SLA policy with nothing', method: 'PUT', url: `/v1/sla-policies/${uuid}`, key: 'admin', payload: {}, status: 400, code: 'invalid_request' },
    { name: 'deleting an SLA policy by a bad id', method: 'DELETE', url: '/v1/sla-policies/%27', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'listing SLA policies from a key without admin', method: 'GET', url: '/v1/sla-policies', key: 'operator', status: 403, code: 'forbidden' },
    ...analyticsNames.map((name): BadInput => ({ name: `analytics ${name} with an unknown parameter`, method: 'GET', url: `/v1/analytics/${name}?drop=table`, key: 'requests:read', status: 400, code: 'invalid_request' })),
    { name: 'encoding payloads that are not a list', method: 'POST', url: '/codec/encode', key: 'operator', payload: { payloads: {} }, status: 400, code: 'invalid_request' },
    { name: 'metrics without a key', method: 'GET', url: '/metrics', key: null, status: 401, code: 'unauthenticated' },

    // People and sign-in
    ...[
      ['a capacity of 0', { capacity: 0 }],
      ['a negative capacity', { capacity: -3 }],
      ['a language code that does not exist', { languages: ['xx'] }],
      ['a role that does not exist', { role: 'owner' }],
      ['a skill level above 5', { queues: [{ queue: 'cards', level: 9 }] }],
      ['the same queue twice', { queues: [{ queue: 'cards' }, { queue: 'cards', level: 2 }] }],
      ['an e-mail with spaces', { email: 'ana lima@example.com' }],
      ['an unknown agent field', { superuser: true }],
    ].map(([name, change]): BadInput => ({
      name: `agent: ${String(name)}`, method: 'POST', url: '/v1/agents', key: 'admin', payload: { name: 'Ana', email: `ana-${marker}@example.com`, role: 'agent', ...(change as object) }, status: 400, code: 'invalid_request',
    })),
    { name: 'an agent change with no field', method: 'PATCH', url: `/v1/agents/${uuid}`, key: 'admin', payload: {}, status: 400, code: 'invalid_request' },
    { name: 'an availability that does not exist', method: 'PATCH', url: `/v1/agents/${uuid}`, key: 'admin', payload: { availability: 'busy' }, status: 400, code: 'invalid_request' },
    { name: 'an agent id that is not a UUID', method: 'PATCH', url: '/v1/agents/1%20or%201=1', key: 'admin', payload: { capacity: 2 }, status: 400, code: 'invalid_request' },
    { name: 'a Last-Event-ID that is not a number', method: 'GET', url: '/v1/stream', key: 'requests:read', headers: { 'last-event-id': "0' or 1=1" }, status: 400, code: 'invalid_request' },
    { name: 'a query parameter for the live stream', method: 'GET', url: '/v1/stream?queue=cards', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'the live stream from a write-only key', method: 'GET', url: '/v1/stream', key: 'requests:write', status: 403, code: 'forbidden' },
    { name: 'a macro with an unknown placeholder', method: 'POST', url: '/v1/macros', key: 'admin', payload: { name: `m-${marker}`, body: 'Dear {{customer.email}}' }, status: 400, code: 'unknown_placeholder' },
    { name: 'a macro name over 80 characters', method: 'POST', url: '/v1/macros', key: 'admin', payload: { name: 'n'.repeat(81), body: 'ok' }, status: 400, code: 'invalid_request' },
    { name: 'a macro body over 5000 characters', method: 'POST', url: '/v1/macros', key: 'admin', payload: { name: `m-${marker}`, body: 'b'.repeat(5001) }, status: 400, code: 'invalid_request' },
    { name: 'a macro with a control character in its name', method: 'POST', url: '/v1/macros', key: 'admin', payload: { name: 'a\u0007b', body: 'ok' }, status: 400, code: 'invalid_request' },
    { name: 'macros from a read-only key', method: 'GET', url: '/v1/macros', key: 'requests:read', status: 403, code: 'forbidden' },
    { name: 'a macro change with no field', method: 'PATCH', url: `/v1/macros/${uuid}`, key: 'admin', payload: {}, status: 400, code: 'invalid_request' },
    { name: 'a macro change placing an unknown placeholder', method: 'PATCH', url: `/v1/macros/${uuid}`, key: 'admin', payload: { body: 'Ticket {{ request.id }}' }, status: 400, code: 'unknown_placeholder' },
    { name: 'deleting a macro by a bad id', method: 'DELETE', url: '/v1/macros/1%20or%201=1', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'the model registry from a read-only key', method: 'GET', url: '/v1/models', key: 'requests:read', status: 403, code: 'forbidden' },
    { name: 'the model registry asking for no runs', method: 'GET', url: '/v1/models?runs=0', key: 'operator', status: 400, code: 'invalid_request' },
    { name: 'the model registry asking for 101 runs', method: 'GET', url: '/v1/models?runs=101', key: 'operator', status: 400, code: 'invalid_request' },
    { name: 'the model registry with runs not a number', method: 'GET', url: '/v1/models?runs=1%3Bdrop', key: 'operator', status: 400, code: 'invalid_request' },
    { name: 'the model registry with an unknown parameter', method: 'GET', url: '/v1/models?status=active', key: 'operator', status: 400, code: 'invalid_request' },
    { name: 'deleting a macro that does not exist', method: 'DELETE', url: `/v1/macros/${uuid}`, key: 'admin', status: 404, code: 'not_found' },
    { name: 'an inbound e-mail from a read-only key', method: 'POST', url: '/v1/inbound/email', key: 'requests:read', headers: { 'content-type': 'message/rfc822' }, payload: 'From: a@b.example\r\n\r\nhi', status: 403, code: 'forbidden' },
    { name: 'an attachment hash that is not sha256', method: 'GET', url: `/v1/requests/${uuid}/attachments/not-a-sha256`, key: 'operator', status: 400, code: 'invalid_request' },
    { name: 'a messages page of size 0', method: 'GET', url: `/v1/requests/${uuid}/messages?limit=0`, key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'an empty customer message', method: 'POST', url: `/v1/requests/${uuid}/messages`, key: 'requests:write', payload: { body: '' }, status: 400, code: 'invalid_request' },
    { name: 'a reply that asks to be internal', method: 'POST', url: `/v1/requests/${uuid}/reply`, key: 'operator', payload: { body: 'hello', internal: true }, status: 400, code: 'invalid_request' },
    { name: 'a note with a null byte', method: 'POST', url: `/v1/requests/${uuid}/note`, key: 'operator', payload: { body: 'a\u0000b' }, status: 400, code: 'invalid_request' },
    { name: 'a view count with a query parameter', method: 'GET', url: '/v1/views/counts?queue=cards', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'a sort that does not exist', method: 'GET', url: '/v1/requests?sort=priority', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'breaching later', method: 'GET', url: '/v1/requests?breaching=later', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'a language that is not en, zh or other', method: 'GET', url: '/v1/requests?language=fr', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'a language in upper case', method: 'GET', url: '/v1/requests?language=ZH', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'assignee=me from an API key', method: 'GET', url: '/v1/requests?assignee=me', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'both customer and customerId', method: 'GET', url: '/v1/requests?customer=a&customerId=b', key: 'requests:read', status: 400, code: 'invalid_request' },
    { name: 'a forged sort=sla cursor (a date that does not exist)', method: 'GET', url: `/v1/requests?sort=sla&cursor=${b64(['sla', '2026-02-31T00:00:00.000Z', uuid])}`, key: 'requests:read', status: 400, code: 'invalid_cursor' },
    { name: 'a sort=sla cursor with SQL for an id', method: 'GET', url: `/v1/requests?sort=sla&cursor=${b64(['sla', null, "1' or '1'='1"])}`, key: 'requests:read', status: 400, code: 'invalid_cursor' },
    { name: 'a sign-in without a password', method: 'POST', url: '/v1/session', key: null, payload: { email: 'ana@example.com' }, status: 400, code: 'invalid_request' },
    { name: 'a sign-in with SQL for an e-mail', method: 'POST', url: '/v1/session', key: null, payload: { email: "' or 1=1 --", password: 'x' }, status: 400, code: 'invalid_request' },
    { name: 'a password too short for an invitation', method: 'POST', url: `/v1/agents/invitations/${'t'.repeat(43)}/accept`, key: null, payload: { password: 'short' }, status: 400, code: 'invalid_request' },
    { name: 'an invitation nobody issued', method: 'POST', url: `/v1/agents/invitations/${'t'.repeat(43)}/accept`, key: null, payload: { password: 'long enough to be a password' }, status: 404, code: 'invitation_invalid' },
    { name: 'an agent id that is not a UUID', method: 'GET', url: '/v1/agents/..%2Fadmin', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'a password reset for an agent id that is not a UUID', method: 'POST', url: '/v1/agents/1%27/password-reset', key: 'admin', status: 400, code: 'invalid_request' },
    { name: 'listing agents from a posting key', method: 'GET', url: '/v1/agents', key: 'requests:write', status: 403, code: 'forbidden' },
    { name: 'asking who is signed in without a session', method: 'GET', url: '/v1/session', key: null, status: 401, code: 'unauthenticated' },
    { name: 'signing out without a session', method: 'DELETE', url: '/v1/session', key: null, status: 401, code: 'unauthenticated' },

    // Queues and assignment
    { name: 'an assignment mode that does not exist', method: 'PUT', url: '/v1/queues/cards/assignment', key: 'admin', payload: { mode: 'lottery' }, status: 400, code: 'invalid_request' },
    { name: 'listing queues from a posting key', method: 'GET', url: '/v1/queues', key: 'requests:write', status: 403, code: 'forbidden' },
    { name: 'my work without a session', method: 'GET', url: '/v1/agents/me/requests', key: null, status: 401, code: 'unauthenticated' },
    { name: 'unassign with an unknown field', method: 'POST', url: `/v1/requests/${uuid}/unassign`, key: 'operator', payload: { agentId: 'ana' }, status: 400, code: 'invalid_request' },

    // Conversations: more bodies and media types
    { name: 'a customer message with an empty body', method: 'POST', url: `/v1/requests/${uuid}/messages`, key: 'requests:write', payload: { body: '' }, status: 400, code: 'invalid_request' },
    { name: 'a reply with no body', method: 'POST', url: `/v1/requests/${uuid}/reply`, key: 'operator', payload: {}, status: 400, code: 'invalid_request' },
    { name: 'a note that tries to be public', method: 'POST', url: `/v1/requests/${uuid}/note`, key: 'operator', payload: { body: 'x', visibility: 'public' }, status: 400, code: 'invalid_request' },
    { name: 'a raw e-mail posted as JSON', method: 'POST', url: '/v1/inbound/email', key: 'requests:write', payload: { from: 'a@example.com' }, status: 415, code: 'unsupported_media_type' },
    { name: 'a raw e-mail from a reading key', method: 'POST', url: '/v1/inbound/email', key: 'requests:read', headers: { 'content-type': 'message/rfc822' }, payload: 'From: a@example.com\r\n\r\nhi', status: 403, code: 'forbidden' },

    // Codec endpoint
    { name: 'codec payloads that are not a list', method: 'POST', url: '/codec/decode', key: 'operator', payload: { payloads: 'all' }, status: 400, code: 'invalid_request' },
    { name: 'codec data that is not base64', method: 'POST', url: '/codec/decode', key: 'operator', payload: { payloads: [{ data: '***' }] }, status: 400, code: 'invalid_request' },
    {
      name: 'tampered ciphertext for the codec',
      method: 'POST',
      url: '/codec/decode',
      key: 'operator',
      payload: { payloads: [{ metadata: { encoding: Buffer.from('binary/encrypted').toString('base64'), 'encryption-key-id': Buffer.from('k1').toString('base64') }, data: Buffer.alloc(40, 7).toString('base64') }] },
      status: 400,
      code: 'codec_failed',
    },
  ];
}
