import { bundledHeldOutSets, defaultDuplicateThreshold } from '@caseflow/classifier';
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

  it('finds incidents from 10 customers within 60 minutes at the duplicates\' cosine, looking every minute, by default', () => {
    const config = readConfig(classificationConfig, {});
    expect(config).toMatchObject({ incidentMinCustomers: 10, incidentWindowMinutes: 60, incidentThreshold: defaultDuplicateThreshold, incidentIntervalSeconds: 60 });
  });

  it('names an incident setting out of range', () => {
    expect(() => readConfig(classificationConfig, { INCIDENT_MIN_CUSTOMERS: '1' })).toThrow(/INCIDENT_MIN_CUSTOMERS must be ≥ 2/);
    expect(() => readConfig(classificationConfig, { INCIDENT_SIMILARITY_THRESHOLD: '1.5' })).toThrow(/INCIDENT_SIMILARITY_THRESHOLD must be ≤ 1/);
    expect(() => readConfig(classificationConfig, { INCIDENT_WINDOW_MINUTES: '0' })).toThrow(/INCIDENT_WINDOW_MINUTES must be ≥ 1/);
    expect(() => readConfig(classificationConfig, { INCIDENT_DETECTION_INTERVAL_SECONDS: 'often' })).toThrow(/INCIDENT_DETECTION_INTERVAL_SECONDS must be/);
  });
});
