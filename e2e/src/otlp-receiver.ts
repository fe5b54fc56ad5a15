import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { freePort } from '@caseflow/test-harness';

/** One span as an OTLP/HTTP JSON export carries it, with its attributes flattened to strings. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** Undefined for a trace's root. */
  parentSpanId: string | undefined;
  name: string;
  /** OTLP's SpanKind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  attributes: Record<string, string>;
  /** The `service.name` of the process that exported it. */
  service: string;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpKeyValue {
  key: string;
  value?: OtlpValue;
}
interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: OtlpKeyValue[] };
    scopeSpans?: { spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number; attributes?: OtlpKeyValue[] }[] }[];
  }[];
}

/** A scalar as its text; an array or map (or anything else) as its OTLP JSON, so that no value goes unseen. */
function flatten(attributes: OtlpKeyValue[] = []): Record<string, string> {
  return Object.fromEntries(attributes.map(({ key, value }) => [key, String(value?.stringValue ?? value?.intValue ?? value?.boolValue ?? value?.doubleValue ?? JSON.stringify(value ?? null))]));
}

/**
 * A real OTLP/HTTP collector on loopback, as far as traces in JSON go (what
 * @opentelemetry/exporter-trace-otlp-http sends): it keeps every span, and counts every
 * request that reached it, whatever its path or body.
 */
export class OtlpReceiver {
  readonly spans: ReceivedSpan[] = [];
  hits = 0;
  #server: Server | undefined;
  /** The base URL, as OTEL_EXPORTER_OTLP_ENDPOINT takes it. */
  url = '';

  async start(): Promise<void> {
    const port = await freePort();
    this.#server = createServer((request, response) => {
      this.hits += 1;
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (request.method !== 'POST' || request.url !== '/v1/traces' || !String(request.headers['content-type']).startsWith('application/json')) {
          response.writeHead(415).end();
          return;
        }
        const raw = Buffer.concat(chunks);
        const body = JSON.parse((request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8')) as OtlpExport;
        for (const { resource, scopeSpans = [] } of body.resourceSpans ?? []) {
          const service = flatten(resource?.attributes)['service.name'] ?? '';
          for (const { spans = [] } of scopeSpans) {
            for (const span of spans) {
              this.spans.push({ traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined, name: span.name, kind: span.kind, attributes: flatten(span.attributes), service });
            }
          }
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
