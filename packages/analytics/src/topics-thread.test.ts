import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledCsv } from '@caseflow/classifier';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverTopics, type TopicDocument } from './topics';
import { discoverTopicsOffThread, stopTopicWorker } from './topics-thread';

const banking77 = parseLabelledCsv(readFileSync(join(import.meta.dirname, '../../../data/banking77/train.csv')), { textColumn: 'text', labelColumn: 'category', source: 'train.csv' });

function ordinary(offset: number, count: number): TopicDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const row = banking77[(offset + i * 31) % banking77.length]!;
    return { id: `ordinary-${offset}-${i}`, subject: row.text, text: row.text };
  });
}

const planted: TopicDocument[] = Array.from({ length: 30 }, (_, i) => {
  const subject = `${['My', 'Missing', 'Still no'][i % 3]} crypto staking rewards ${['this week', 'since Monday', ''][i % 3]}`.trim();
  return { id: `planted-${i}`, subject, text: `${subject}. The staking rewards never reached my crypto account.` };
});

afterAll(stopTopicWorker);

describe('topic discovery on a worker thread', () => {
  it('gives exactly the answer of discoverTopics in this thread, for jobs in flight together', async () => {
    const jobs = [
      [[...ordinary(0, 150), ...planted], ordinary(7, 150)],
      [ordinary(3, 120), ordinary(11, 120)],
    ] as const;
    const answers = await Promise.all(jobs.map(([current, previous]) => discoverTopicsOffThread(current, previous)));
    expect(answers).toEqual(jobs.map(([current, previous]) => discoverTopics(current, previous)));
    expect(answers[0]!.topics.some((topic) => topic.memberIds.filter((id) => id.startsWith('planted-')).length >= 25)).toBe(true);
  });

  it('fails the jobs in flight when the worker stops, and starts a new one for the next', async () => {
    const failed = expect(discoverTopicsOffThread(ordinary(0, 200), ordinary(1, 200))).rejects.toThrow(/stopped/);
    await stopTopicWorker();
    await failed;
    expect((await discoverTopicsOffThread(planted, [])).topics.length).toBeGreaterThan(0);
  });
});
