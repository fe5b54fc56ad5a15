import { createServer, type Server } from 'node:http';
import { freePort } from '@caseflow/test-harness';

export interface ReceivedWebhook {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A real HTTP subscriber on loopback. It records what it acknowledged (2xx to a caller that
 * was still there to hear it); it can fail, answer a fixed status, answer slowly, and go
 * down and come back on the same URL.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  #server: Server | undefined;
  #port = 0;
  url = '';
  /** Answers 503 while > 0 requests remain to fail (to exercise retries). */
  failNext = 0;
  /** The status answered to everything else. */
  status = 204;
  /** Answers this late. */
  delayMs = 0;
  /** Requests that arrived, answered or not (a slow answer may never reach a killed sender). */
  arrivals = 0;

  async start(): Promise<void> {
    this.#port ||= await freePort();
    this.#server = createServer((request, response) => {
      this.arrivals += 1;
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answer = () => {
          if (this.failNext > 0) {
            this.failNext -= 1;
            response.writeHead(503).end();
            return;
          }
          // A sender that went away (killed mid-request) never learns of the answer: not acknowledged.
          if (this.status >= 200 && this.status < 300 && !request.socket.destroyed) {
            this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
          }
          response.writeHead(this.status).end();
        };
        if (this.delayMs > 0) setTimeout(answer, this.delayMs);
        else answer();
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(this.#port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${this.#port}/caseflow-events`;
  }

  /** Down: connections are refused until start() again. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
