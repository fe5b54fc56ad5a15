import { createServer, type Server } from 'node:http';

/** A live webhook subscriber that notes when each event arrived (ms since the epoch, by event id). */
export class ArrivalLog {
  readonly arrivals = new Map<string, { type: string; requestId: string; at: number }>();
  #server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const at = Date.now();
        try {
          const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; type: string; data?: { request?: { requestId?: string } } };
          this.arrivals.set(event.id, { type: event.type, requestId: event.data?.request?.requestId ?? '', at });
        } catch {
          // Not an event: answered all the same, counted nowhere.
        }
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    if (address === null || typeof address === 'string') throw new Error('the receiver has no port');
    this.url = `http://127.0.0.1:${address.port}/events`;
  }

  /** When `type` arrived for each request that has it. */
  arrivedAt(type: string): Map<string, number> {
    const byRequest = new Map<string, number>();
    for (const arrival of this.arrivals.values()) if (arrival.type === type) byRequest.set(arrival.requestId, arrival.at);
    return byRequest;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }
}
