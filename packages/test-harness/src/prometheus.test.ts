import { describe, expect, it } from 'vitest';
import { metricTotal, parsePrometheus } from './prometheus';

describe('parsePrometheus', () => {
  const text = [
    '# HELP temporal_workflow_completed Count of successfully completed workflows',
    '# TYPE temporal_workflow_completed counter',
    'temporal_workflow_completed{namespace="default",task_queue="q",workflow_type="a"} 2',
    'temporal_workflow_completed{namespace="default",task_queue="q",workflow_type="b"} 3',
    'caseflow_emails{outcome="sent"} 1',
    'odd{reason="say \\"hi\\", then go"} 4.5',
    'up 1',
  ].join('\n');

  it('reads names, labels (escaped quotes and commas too) and values, skipping comments', () => {
    const samples = parsePrometheus(text);
    expect(samples).toHaveLength(5);
    expect(samples[3]).toEqual({ name: 'odd', labels: { reason: 'say "hi", then go' }, value: 4.5 });
    expect(samples[4]).toEqual({ name: 'up', labels: {}, value: 1 });
  });

  it('sums the samples of a name whose labels match', () => {
    const samples = parsePrometheus(text);
    expect(metricTotal(samples, 'temporal_workflow_completed')).toBe(5);
    expect(metricTotal(samples, 'temporal_workflow_completed', { workflow_type: 'b' })).toBe(3);
    expect(metricTotal(samples, 'temporal_workflow_completed', { workflow_type: 'c' })).toBe(0);
  });
});
