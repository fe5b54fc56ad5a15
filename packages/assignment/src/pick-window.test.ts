import { describe, expect, it } from 'vitest';
import { PickWindow } from './pick-window';

const options = { min: 1, max: 16, initial: 4, slowMs: 5_000 };

describe('the window of picks in flight', () => {
  it('grows by one per window\'s worth of fast picks, up to the maximum', () => {
    const window = new PickWindow(options);
    for (let i = 0; i < 4; i += 1) window.settled(0, 1_000);
    expect(window.limit).toBe(5);
    for (let i = 0; i < 1_000; i += 1) window.settled(0, 1_000);
    expect(window.limit).toBe(16);
  });

  it('halves on a slow pick, once for all the picks that were out when it was cut', () => {
    const window = new PickWindow(options, 16);
    // Eight picks sent at 0, all slow: one cut, not eight.
    for (let i = 0; i < 8; i += 1) window.settled(0, 6_000 + i);
    expect(window.limit).toBe(8);
    // A pick sent after the cut and slow again cuts again.
    window.settled(6_100, 12_000);
    expect(window.limit).toBe(4);
  });

  it('never goes below the minimum, so a line on a slow system still hands out', () => {
    const window = new PickWindow(options, 2);
    for (let at = 0; at < 100_000; at += 10_000) window.settled(at, at + 9_000);
    expect(window.limit).toBe(1);
  });

  it('starts a carried run where the last one ended, within the bounds', () => {
    expect(new PickWindow(options, 7.5).limit).toBe(7);
    expect(new PickWindow(options, 99).limit).toBe(16);
    expect(new PickWindow(options).limit).toBe(4);
  });
});
