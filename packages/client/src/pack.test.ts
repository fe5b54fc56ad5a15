import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

// What the consumer runs, as a posting service would, with nothing from the workspace: a
// loopback "intake" that answers 503 once, then 202; a create through it; a webhook signed
// with node:crypto and verified by the package.
const consumer = `
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { createCaseflowClient, verifyWebhook } from '@caseflow/client';
const keys = [];
const server = createServer((req, res) => {
  keys.push(req.headers['idempotency-key']);
  req.resume();
  req.on('end', () => keys.length === 1
    ? res.writeHead(503, { 'retry-after': '0' }).end()
    : res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'r-1', status: 'pending', workflowId: 'request-r-1' })));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const client = createCaseflowClient({ baseUrl: 'http://127.0.0.1:' + server.address().port, apiKey: 'cf_test' });
const accepted = await client.requests.create({ customerId: 'c-1', subject: 's', body: 'b' });
server.close();
const body = '{"id":"r-1.1"}';
const t = Math.floor(Date.now() / 1000);
const headers = { 'x-caseflow-event': 'request.created', 'x-caseflow-delivery': 'r-1.1', 'x-caseflow-signature': 't=' + t + ',v1=' + createHmac('sha256', 'whsec').update(t + '.' + body).digest('hex') };
const verified = await verifyWebhook(body, headers, ['whsec_old', 'whsec']);
console.log(JSON.stringify({ accepted, sameKey: keys.length === 2 && keys[0] === keys[1], verified: verified.ok }));
`;

describe('the packed tarball', () => {
  it('installs in a fresh directory outside the workspace and runs there', async () => {
    const out = await mkdtemp(join(tmpdir(), 'caseflow-client-pack-'));
    const app = await mkdtemp(join(tmpdir(), 'caseflow-client-consumer-'));
    made.push(out, app);
    await run('pnpm', ['pack', '--pack-destination', out], { cwd: packageDir });
    const [tarball] = await readdir(out);
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await writeFile(join(app, 'consumer.mjs'), consumer);
    // Offline when the store holds openapi-fetch (it does after the workspace's install), the registry otherwise.
    await run('pnpm', ['add', '--prefer-offline', join(out, tarball!)], { cwd: app });
    const { stdout } = await run(process.execPath, ['consumer.mjs'], { cwd: app });
    expect(JSON.parse(stdout)).toEqual({ accepted: { id: 'r-1', status: 'pending', workflowId: 'request-r-1' }, sameKey: true, verified: true });
  }, 180_000);
});
