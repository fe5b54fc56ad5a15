import { bundledHeldOutSets } from '@caseflow/classifier';
import { readConfig } from '@caseflow/config';
import { describe, expect, it } from 'vitest';
import { classificationConfig } from './config';

describe('classification configuration', () => {
  it('retrains weekly with a margin of 0.01, measured on the bundled test sets, by default', () => {
    const config = readConfig(classificationConfig, {});
    expect(config.retrainIntervalHours).toBe(168);
    expect(config.retrainMargin).toBe(0.01);
    expect(config.retrainHeldOutData).toEqual([...bundledHeldOutSets]);
  });

  it('names a margin out of range, an interval under an hour and an empty held-out path', () => {
    expect(() => readConfig(classificationConfig, { RETRAIN_MARGIN: '0.7' })).toThrow(/RETRAIN_MARGIN must be ≤ 0.5/);
    expect(() => readConfig(classificationConfig, { RETRAIN_MARGIN: 'small' })).toThrow(/RETRAIN_MARGIN must be a number/);
    expect(() => readConfig(classificationConfig, { RETRAIN_INTERVAL_HOURS: '0' })).toThrow(/RETRAIN_INTERVAL_HOURS must be ≥ 1/);
    expect(() => readConfig(classificationConfig, { RETRAIN_HELD_OUT_DATA: 'a.csv,,b.csv' })).toThrow(/RETRAIN_HELD_OUT_DATA/);
  });
});
