import type { AddressInfo } from 'node:net';
import { acceptInboundMail, type InboundDeps } from '@caseflow/conversations';
import type { Logger } from '@caseflow/logging';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

export interface ListenerOptions {
  host: string;
  port: number;
  maxBytes: number;
  maxRecipients: number;
  ratePerMinute: number;
}

type SmtpError = Error & { responseCode: number };
const smtpError = (responseCode: number, message: string): SmtpError => Object.assign(new Error(message), { responseCode });

/**
 * caseflow's SMTP listener. It answers 250 only after acceptInboundMail has stored the raw
 * mail and updated or started the request's workflow; any failure before that is a 451, so
 * the sending server keeps its copy and retries. Recipients outside INBOUND_DOMAIN are 550,
 * mail over INBOUND_MAX_BYTES is 552, a sender over its rate is 451.
 */
export async function startListener(deps: InboundDeps, options: ListenerOptions, logger: Logger): Promise<{ port: number; close(): Promise<void> }> {
  const recent = new Map<string, number[]>();
  const domain = deps.inboundDomain.toLowerCase();
  const server = new SMTPServer({
    name: domain,
    banner: 'caseflow mail intake',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    maxClients: 100,
    logger: false,
    onConnect(session, callback) {
      const now = Date.now();
      const times = (recent.get(session.remoteAddress) ?? []).filter((t) => t > now - 60_000);
      recent.set(session.remoteAddress, times);
      if (times.length >= options.ratePerMinute) return callback(smtpError(451, 'too many messages from your address; try again later'));
      callback();
    },
    onRcptTo(address, session, callback) {
      const at = address.address.lastIndexOf('@');
      if (at < 0 || address.address.slice(at + 1).toLowerCase() !== domain) return callback(smtpError(550, `no such recipient here: only @${domain}`));
      if (session.envelope.rcptTo.length >= options.maxRecipients) return callback(smtpError(452, 'too many recipients'));
      callback();
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        if (!stream.sizeExceeded) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(smtpError(552, `message exceeds the fixed limit of ${options.maxBytes} bytes`));
        const times = recent.get(session.remoteAddress) ?? [];
        times.push(Date.now());
        recent.set(session.remoteAddress, times);
        const raw = Buffer.concat(chunks);
        acceptInboundMail(deps, raw, { to: session.envelope.rcptTo.map((r) => r.address) }).then(
          (result) => {
            logger.info({ outcome: result.outcome, ...('requestId' in result ? { requestId: result.requestId } : {}), ...('reason' in result ? { reason: result.reason } : {}) }, 'inbound mail');
            callback(null, result.outcome === 'recorded' ? `recorded on request ${result.requestId}` : result.outcome);
          },
          (error: unknown) => {
            logger.error({ err: error }, 'inbound mail not recorded; the sender will retry');
            callback(smtpError(451, 'temporarily unable to record the message; try again later'));
          },
        );
      });
    },
  });
  server.on('error', (error) => logger.warn({ err: error }, 'smtp connection error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
