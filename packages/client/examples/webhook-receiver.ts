import { createServer, type Server } from 'node:http';
import { verifyWebhook, type WebhookVerification } from '../src/index.js';

export type VerifiedEvent = Extract<WebhookVerification, { ok: true }> & { body: unknown };

/**
 * A minimal subscriber: reads the exact raw body, verifies it against every secret in use
 * (two while you rotate), answers 401 to anything unsigned, 204 to a verified delivery,
 * and hands each delivery id to `onEvent` once (deliveries are at least once).
 */
export function webhookReceiver(secrets: readonly string[], onEvent: (event: VerifiedEvent) => void | Promise<void>): Server {
  const seen = new Set<string>();
  return createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    const check = await verifyWebhook(rawBody, request.headers, secrets);
    if (!check.ok) {
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: check.reason }));
      return;
    }
    if (!seen.has(check.deliveryId)) {
      seen.add(check.deliveryId);
      await onEvent({ ...check, body: JSON.parse(rawBody.toString('utf8')) });
    }
    response.writeHead(204).end();
  });
}

// `WEBHOOK_SECRETS=whsec_old,whsec_new PORT=9000 tsx examples/webhook-receiver.ts`
if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const secrets = (process.env['WEBHOOK_SECRETS'] ?? '').split(',').filter((secret) => secret !== '');
  if (secrets.length === 0) throw new Error('WEBHOOK_SECRETS must name at least one secret');
  const port = Number(process.env['PORT'] ?? 9000);
  webhookReceiver(secrets, (event) => console.log(event.eventType, event.deliveryId)).listen(port, () => console.log(`listening on :${port}`));
}
