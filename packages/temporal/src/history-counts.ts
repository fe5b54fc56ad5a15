import type { History } from '@temporalio/common/lib/proto-utils';

type HistoryEvent = NonNullable<History['events']>[number];

/** What one workflow history cost Temporal, counted the same way wherever a figure is given. */
export interface HistoryCounts {
  events: number;
  workflowTasks: number;
  /** Activities that went through a task queue (ActivityTaskScheduled). */
  activityTasks: number;
  /** Local activities: their result markers (a `patched()` call leaves a marker too, not counted here). */
  localActivities: number;
  /** `patched()` markers. */
  patchMarkers: number;
  /** Child workflows started, by type. */
  children: Record<string, number>;
}

export function emptyHistoryCounts(): HistoryCounts {
  return { events: 0, workflowTasks: 0, activityTasks: 0, localActivities: 0, patchMarkers: 0, children: {} };
}

/** Adds one history's events to `into` (and returns it), so runs and workflows can be summed. */
export function countHistory(events: readonly HistoryEvent[], into: HistoryCounts = emptyHistoryCounts()): HistoryCounts {
  for (const event of events) {
    into.events += 1;
    if (event.workflowTaskCompletedEventAttributes != null) into.workflowTasks += 1;
    if (event.activityTaskScheduledEventAttributes != null) into.activityTasks += 1;
    const marker = event.markerRecordedEventAttributes?.markerName;
    if (marker === 'core_local_activity') into.localActivities += 1;
    if (marker === 'core_patch') into.patchMarkers += 1;
    const child = event.startChildWorkflowExecutionInitiatedEventAttributes?.workflowType?.name;
    if (child != null) into.children[child] = (into.children[child] ?? 0) + 1;
  }
  return into;
}
