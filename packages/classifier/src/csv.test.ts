import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetError, readLabelledCsv } from './csv';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseflow-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('readLabelledCsv', () => {
  it('reads quoted fields holding commas, quotes and newlines', async () => {
    const path = await file(
      'quoted.csv',
      'text,category\n"Hi, my card ""broke""\nyesterday",card_not_working\nplain text,refund\r\n',
    );
    expect(await readLabelledCsv(path)).toEqual([
      { text: 'Hi, my card "broke"\nyesterday', label: 'card_not_working' },
      { text: 'plain text', label: 'refund' },
    ]);
  });

  it('takes other column names, in any order, and skips a UTF-8 BOM', async () => {
    const path = await file('cols.csv', '\uFEFFid,label,body\n1,a,first\n2,b,second\n');
    expect(await readLabelledCsv(path, { textColumn: 'body', labelColumn: 'label' })).toEqual([
      { text: 'first', label: 'a' },
      { text: 'second', label: 'b' },
    ]);
  });

  it('names the missing column and the columns it found', async () => {
    const path = await file('missing.csv', 'text,intent\nhello,a\nbye,b\n');
    await expect(readLabelledCsv(path)).rejects.toThrow(/no column "category".*columns: text, intent/);
  });

  it('rejects an empty file and a header without rows', async () => {
    await expect(readLabelledCsv(await file('empty.csv', ''))).rejects.toThrow(/empty/);
    await expect(readLabelledCsv(await file('header.csv', 'text,category\n'))).rejects.toThrow(/no data rows/);
  });

  it('rejects a file with a single class', async () => {
    const path = await file('one.csv', 'text,category\na,x\nb,x\n');
    await expect(readLabelledCsv(path)).rejects.toThrow(/only one class \("x"\)/);
  });

  it('rejects non-UTF-8 bytes with the line they are on', async () => {
    const latin1 = Buffer.concat([Buffer.from('text,category\nok,a\ncaf'), Buffer.from([0xe9]), Buffer.from(',b\n')]);
    const err = await readLabelledCsv(await file('latin1.csv', latin1)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatasetError);
    expect((err as Error).message).toMatch(/not valid UTF-8 \(byte 22, line 3\)/);
  });

  it('rejects unbalanced quotes and rows with an empty label', async () => {
    await expect(readLabelledCsv(await file('quote.csv', 'text,category\n"never closed,a\n'))).rejects.toThrow(/malformed CSV/);
    await expect(readLabelledCsv(await file('blank.csv', 'text,category\nhello,\nbye,b\n'))).rejects.toThrow(/record 2 has an empty "category"/);
  });

  it('reports a missing file clearly', async () => {
    await expect(readLabelledCsv(join(dir, 'nope.csv'))).rejects.toThrow(/ENOENT/);
  });
});
