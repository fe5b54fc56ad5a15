import { describe, expect, it } from 'vitest';
import { defaultFeatureConfig, hashedCounts } from './features';
import { fnv1a32 } from './hash';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes, so non-ASCII text hashes like its encoded bytes', () => {
    const bytes = new TextEncoder().encode('退款😡');
    let h = 0x811c9dc5;
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
    expect(fnv1a32('退款😡')).toBe(h >>> 0);
  });

  it('keeps feature buckets stable across releases (stored models depend on them)', () => {
    // If this changes, every stored model's weights point at the wrong features.
    const { word } = hashedCounts('lost card 丢卡', { ...defaultFeatureConfig, charNgrams: [0, 0] });
    expect([...word.keys()].sort((a, b) => a - b)).toMatchInlineSnapshot(`
      [
        97369,
        409675,
        475186,
        801807,
        807388,
        911393,
        918227,
      ]
    `);
  });
});
