import { describe, expect, it } from 'vitest';
import { countHistory, emptyHistoryCounts } from './history-counts';

// The shapes of the history events that count, as a history's JSON holds them.
const workflowTask = { workflowTaskCompletedEventAttributes: {} };
const activity = { activityTaskScheduledEventAttributes: { activityType: { name: 'classify' } } };
const localActivity = { markerRecordedEventAttributes: { markerName: 'core_local_activity' } };
const patch = { markerRecordedEventAttributes: { markerName: 'core_patch' } };
const child = { startChildWorkflowExecutionInitiatedEventAttributes: { workflowType: { name: 'deliverEvent' } } };
const other = { timerStartedEventAttributes: {} };

describe('countHistory', () => {
  it('tells local activities from patch markers, and counts child workflows by type', () => {
    const counts = countHistory([workflowTask, patch, localActivity, localActivity, activity, child, child, other]);
    expect(counts).toEqual({ events: 8, workflowTasks: 1, activityTasks: 1, localActivities: 2, patchMarkers: 1, children: { deliverEvent: 2 } });
  });

  it('sums histories into one count', () => {
    const history = [workflowTask, localActivity, child];
    const total = countHistory(history, countHistory(history, emptyHistoryCounts()));
    expect(total).toEqual({ events: 6, workflowTasks: 2, activityTasks: 0, localActivities: 2, patchMarkers: 0, children: { deliverEvent: 2 } });
  });
});
