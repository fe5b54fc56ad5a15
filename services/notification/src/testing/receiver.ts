import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Receipt {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
  at: number;
}

/** What the receiver answers to the next request: a status, optionally late or with headers. */
export interface Answer {
  status: number;
  delayMs?: number;
  headers?: Record<string, string>;
}

/**
 * A real HTTP subscriber on loopback. Scripted answers are used first, one per request, then
 * `otherwise`; `stop()` takes it down (connection refused) and `start()` brings it back on
 * the same port.
 */
export class TestReceiver {
  readonly receipts: Receipt[] = [];
  readonly script: Answer[] = [];
  otherwise: Answer = { status: 204 };
  #server: Server | undefined;
  #port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.#port}/hooks`;
  }

  /** Bodies of the requests it acknowledged with a 2xx. */
  get acknowledged(): Receipt[] {
    return this.receipts.filter((receipt) => receipt.status >= 200 && receipt.status < 300);
  }

  async start(): Promise<this> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answer = this.script.shift() ?? this.otherwise;
        const reply = () => {
          this.receipts.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status: answer.status, at: Date.now() });
          response.writeHead(answer.status, answer.headers).end();
        };
        if (answer.delayMs === undefined) reply();
        else setTimeout(reply, answer.delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(this.#port, '127.0.0.1', resolve));
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
