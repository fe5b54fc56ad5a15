import { readFileSync } from 'node:fs';
import { fileTypeFromBuffer } from 'file-type';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { cleanSubject, fromAddress, junkReason, ownWords } from './mail-rules';
import { readReplyToken, replyToken, threadIdsOf, tokenOf } from './reply-token';

interface Case {
  name: string;
  raw: string;
  expect: { junk?: string | null; from_?: string; text?: string; textExcludes?: string; subject?: string; ownWords?: string; subjectHasNoNewline?: boolean };
}
const corpus = JSON.parse(readFileSync(new URL('./hostile-mail.corpus.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('hostile inbound mail corpus', () => {
  it('has at least 25 cases', () => expect(corpus.cases.length).toBeGreaterThanOrEqual(25));

  for (const c of corpus.cases) {
    it(`${c.name}: parsed without a crash and judged right`, async () => {
      const mail = await simpleParser(Buffer.from(c.raw, 'utf8'));
      const junk = junkReason(mail);
      if (c.expect.junk === null) expect(junk).toBeNull();
      else if (c.expect.junk !== undefined) expect(junk).toContain(c.expect.junk);
      if (c.expect.from_ !== undefined) expect(fromAddress(mail)).toBe(c.expect.from_);
      if (c.expect.text !== undefined) expect(mail.text ?? '').toContain(c.expect.text);
      if (c.expect.textExcludes !== undefined) expect(mail.text ?? '').not.toContain(c.expect.textExcludes);
      if (c.expect.subject !== undefined) expect(cleanSubject(mail.subject)).toBe(c.expect.subject);
      if (c.expect.subjectHasNoNewline) expect(cleanSubject(mail.subject)).not.toMatch(/[\r\n]/);
      if (c.expect.ownWords !== undefined) expect(ownWords(mail.text ?? '')).toBe(c.expect.ownWords);
    });
  }
});

describe('generated hostile mail', () => {
  const head = 'From: ada@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n';

  it('1000 recipients parse; the mail is a person, not junk', async () => {
    const to = Array.from({ length: 1000 }, (_, i) => `u${i}@caseflow.local`).join(', ');
    const mail = await simpleParser(Buffer.from(`${head}To: ${to}\r\nContent-Type: text/plain\r\n\r\nhello\r\n`));
    expect(junkReason(mail)).toBeNull();
  });

  it('multiparts nested 100 deep parse and keep the innermost text', async () => {
    let body = 'Content-Type: text/plain\r\n\r\ndeep text\r\n';
    for (let depth = 0; depth < 100; depth += 1) body = `Content-Type: multipart/mixed; boundary="b${depth}"\r\n\r\n--b${depth}\r\n${body}--b${depth}--\r\n`;
    const mail = await simpleParser(Buffer.from(`${head}To: support@caseflow.local\r\n${body}`));
    expect(mail.text ?? '').toContain('deep text');
  });

  it('a zip bomb attachment is kept as bytes typed application/zip, never expanded', async () => {
    // A zip local file header declaring 4 GB uncompressed: only the bytes are looked at.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.alloc(16), Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.alloc(64)]);
    const raw = `${head}To: support@caseflow.local\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nsee zip\r\n--z\r\nContent-Type: image/png; name="photo.png"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="photo.png"\r\n\r\n${zip.toString('base64')}\r\n--z--\r\n`;
    const mail = await simpleParser(Buffer.from(raw));
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.content.length).toBe(zip.length);
    // The header claims a PNG; the bytes say zip: the bytes win.
    expect((await fileTypeFromBuffer(mail.attachments[0]!.content))?.mime).toBe('application/zip');
  });

  it('an auto-reply storm opens nothing: every one of 100 auto-replies is junk', async () => {
    const verdicts = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => junkReason(await simpleParser(Buffer.from(`${head}To: support@caseflow.local\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ar${i}@example.com>\r\n\r\naway\r\n`)))),
    );
    expect(verdicts.every((v) => v !== null)).toBe(true);
  });

  it('a forged or altered reply token names no request', () => {
    const key = 'k'.repeat(40);
    const requestId = '3a44c1d2-0b5e-4f7a-9c1d-2e3f4a5b6c7d';
    const token = replyToken(key, requestId);
    expect(readReplyToken(key, token)).toBe(requestId);
    expect(readReplyToken('x'.repeat(40), token)).toBeNull();
    expect(readReplyToken(key, `${token.slice(0, 47)}${token.at(-1) === '0' ? '1' : '0'}`)).toBeNull();
    expect(readReplyToken(key, 'not-a-token')).toBeNull();
    expect(tokenOf(`support+${token}@caseflow.local`)).toBe(token);
  });

  it("threads only by caseflow's own Message-IDs in its own domain", () => {
    const id = '3a44c1d2-0b5e-4f7a-9c1d-2e3f4a5b6c7d';
    expect(threadIdsOf([`<request-${id}@caseflow.local>`, `<msg-${id}@caseflow.local>`, `<request-${id}@evil.example>`], 'caseflow.local')).toEqual({ requestIds: [id], messageIds: [id] });
  });
});
