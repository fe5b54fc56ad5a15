import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from './ports';

/** A plain SMTP conversation, as any mail client holds it: each command waits for its answer. */
async function sendMail(port: number, lines: string[]): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  const answers: string[] = [];
  let buffered = '';
  let waiting: ((line: string) => void) | undefined;
  socket.on('data', (chunk) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\r\n'); end >= 0; end = buffered.indexOf('\r\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      // Multi-line answers ("250-…") end with their "250 " line.
      if (/^\d{3} /.test(line)) waiting?.(line);
    }
  });
  const answer = () => new Promise<string>((resolve) => (waiting = resolve));
  answers.push(await answer());
  for (const line of lines) {
    socket.write(`${line}\r\n`);
    answers.push(await answer());
  }
  socket.end();
  return answers;
}

describe("make up's dev mailbox", () => {
  it('keeps each message it accepts as an .eml file in its folder', { timeout: 30_000 }, async () => {
    const folder = await mkdtemp(join(tmpdir(), 'caseflow-mailbox-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./dev-mailbox.ts', import.meta.url)), folder], { env: { ...process.env, DEV_MAILBOX_PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
        child.once('exit', (code) => reject(new Error(`dev-mailbox exited with ${code}`)));
      });
      const answers = await sendMail(port, ['EHLO test', 'MAIL FROM:<caseflow@localhost>', 'RCPT TO:<ada@example.com>', 'DATA', 'Subject: Your card\r\n\r\nIt is on its way.\r\n.', 'QUIT']);
      expect(answers.map((line) => line.slice(0, 3))).toEqual(['220', '250', '250', '250', '354', '250', '221']);
      const files = await readdir(folder);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      expect(await readFile(join(folder, files[0]!), 'utf8')).toContain('It is on its way.');
    } finally {
      child.kill('SIGTERM');
      await rm(folder, { recursive: true, force: true });
    }
  });
});
