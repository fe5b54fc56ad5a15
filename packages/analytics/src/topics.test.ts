import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledCsv } from '@caseflow/classifier';
import { describe, expect, it } from 'vitest';
import { discoverTopics, type TopicDocument } from './topics';

const banking77 = parseLabelledCsv(readFileSync(join(import.meta.dirname, '../../../data/banking77/train.csv')), { textColumn: 'text', labelColumn: 'category', source: 'train.csv' });

/** Ordinary requests: banking77 texts spread over all its categories. */
function ordinary(offset: number, count: number): TopicDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const row = banking77[(offset + i * 31) % banking77.length]!;
    return { id: `ordinary-${offset}-${i}`, subject: row.text, text: row.text };
  });
}

// A kind of request the model was never trained on, phrased many ways.
const openings = ['My', 'The', 'Why are my', 'Where are my', 'I did not get my', 'Missing', 'Still no', 'When do I get my'];
const objects = ['crypto staking rewards', 'staking rewards for my crypto', 'ETH staking rewards', 'crypto staking payout', 'staking rewards on my crypto wallet'];
const endings = ['this week', 'since Monday', 'for the last epoch', 'after the upgrade', ''];
const planted: TopicDocument[] = Array.from({ length: 36 }, (_, i) => {
  const subject = `${openings[i % openings.length]} ${objects[i % objects.length]} ${endings[i % endings.length]}`.trim();
  return { id: `planted-${i}`, subject, text: `${subject}. The staking rewards never reached my crypto account.` };
});

const chineseOpenings = ['数字人民币钱包', '我的数字人民币钱包', '数字人民币钱包里', '为什么数字人民币钱包'];
const chineseEndings = ['无法充值', '余额不见了', '转不出去', '一直显示冻结', '打不开'];
const plantedChinese: TopicDocument[] = Array.from({ length: 30 }, (_, i) => {
  const subject = `${chineseOpenings[i % chineseOpenings.length]}${chineseEndings[i % chineseEndings.length]}`;
  return { id: `planted-zh-${i}`, subject, text: `${subject}，请帮我看看数字人民币钱包的问题。` };
});

function topicHolding(result: ReturnType<typeof discoverTopics>, prefix: string) {
  return result.topics.find((topic) => topic.memberIds.filter((id) => id.startsWith(prefix)).length > 0.8 * topic.memberIds.length);
}

describe('emerging topic discovery', () => {
  it('finds a planted cluster of a new kind of request among ordinary ones, as one new topic with its words', () => {
    const current = [...ordinary(0, 260), ...planted];
    const result = discoverTopics(current, ordinary(7, 260));

    const topic = topicHolding(result, 'planted-');
    expect(topic).toBeDefined();
    const found = topic!.memberIds.filter((id) => id.startsWith('planted-')).length;
    expect(found).toBeGreaterThanOrEqual(0.9 * planted.length);
    // The planted requests are not spread over several topics.
    expect(result.topics.filter((t) => t !== topic && t.memberIds.some((id) => id.startsWith('planted-'))).flatMap((t) => t.memberIds.filter((id) => id.startsWith('planted-'))).length).toBeLessThanOrEqual(planted.length - found);
    expect(topic!.terms.slice(0, 4)).toEqual(expect.arrayContaining(['staking']));
    expect(topic!.terms.join(' ')).toMatch(/crypto/);
    expect(topic!.growth).toBeNull();
    expect(topic!.emerging).toBe(true);
    expect(topic!.examples).toHaveLength(3);
    for (const example of topic!.examples) expect(example.id).toMatch(/^planted-/);
    expect(result.topics[0]).toBe(topic);
  });

  it('finds a Chinese topic and shows its terms as Chinese words', () => {
    const result = discoverTopics([...ordinary(3, 200), ...plantedChinese], ordinary(11, 200));
    const topic = topicHolding(result, 'planted-zh-');
    expect(topic).toBeDefined();
    expect(topic!.memberIds.filter((id) => id.startsWith('planted-zh-')).length).toBeGreaterThanOrEqual(27);
    // Character pairs joined back into words, no lone characters, no spaces between characters.
    expect(topic!.terms.some((term) => term.includes('数字人民币'))).toBe(true);
    expect(topic!.terms.every((term) => term.length > 1 && !/ /.test(term))).toBe(true);
  });

  it('measures growth against the previous period', () => {
    const result = discoverTopics([...ordinary(0, 200), ...planted], [...ordinary(5, 200), ...planted.slice(0, 12)]);
    const topic = topicHolding(result, 'planted-');
    expect(topic?.previousSize).toBeGreaterThanOrEqual(10);
    expect(topic?.previousSize).toBeLessThanOrEqual(12);
    expect(topic?.growth).toBeCloseTo((topic!.size - topic!.previousSize) / topic!.previousSize);
  });

  it('reports nothing when there is too little to cluster', () => {
    expect(discoverTopics(planted.slice(0, 4), []).topics).toEqual([]);
    expect(discoverTopics([], []).topics).toEqual([]);
  });

  it('gives the same topics for the same input', () => {
    const current = [...ordinary(0, 120), ...planted];
    expect(discoverTopics(current, [])).toEqual(discoverTopics(current, []));
  });
});
