import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface DeliveredMail {
  envelopeTo: string[];
  mail: ParsedMail;
  /** The message as it came over the wire. */
  raw: Buffer;
}

export interface SmtpMailboxOptions {
  /** 0 (the default): any free port. */
  port?: number;
  /** Called for every accepted message, after it is kept. */
  onMail?: (delivered: DeliveredMail) => void;
}

/**
 * A customer's mailbox: a real SMTP server on loopback (no auth, no TLS) keeping every
 * message it accepts, raw and parsed. The tests' loopback mailbox, and `make up`'s
 * (dev-mailbox.ts).
 */
export class SmtpMailbox {
  readonly received: DeliveredMail[] = [];
  #server: SMTPServer | undefined;
  port = 0;

  constructor(private readonly options: SmtpMailboxOptions = {}) {}

  async start(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (mail) => {
              const delivered = { envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail, raw };
              this.received.push(delivered);
              this.options.onMail?.(delivered);
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.options.port ?? 0, '127.0.0.1', resolve);
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.#server = server;
    return this;
  }

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): DeliveredMail[] {
    return this.received.filter((received) => received.envelopeTo.includes(address));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }
}
