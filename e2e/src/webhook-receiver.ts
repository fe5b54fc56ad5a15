import { createServer, type Server } from 'node:http';
import { freePort } from '@caseflow/test-harness';

export interface ReceivedWebhook {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A real HTTP subscriber on loopback that records what it receives. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  #server: Server | undefined;
  url = '';
  /** Answers with this status while > 0 requests remain to fail (to exercise retries). */
  failNext = 0;

  async start(): Promise<void> {
    const port = await freePort();
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (this.failNext > 0) {
          this.failNext -= 1;
          response.writeHead(503).end();
          return;
        }
        this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${port}/caseflow-events`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }
}
