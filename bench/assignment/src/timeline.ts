// Where a line's time goes, read from the lines' own Temporal histories (every run, since a
// line continues as new): how long its activities waited for a worker slot and ran, how
// long its workflow tasks took, and how many picks one workflow task sent (a round's worth
// before the sliding window).
import { assignmentLineWorkflowId } from '@caseflow/contracts';
import type { connectClient } from '@caseflow/temporal';
import { percentile } from '@caseflow/bench-report';

type Client = Awaited<ReturnType<typeof connectClient>>;
type History = Awaited<ReturnType<ReturnType<Client['workflow']['getHandle']>['fetchHistory']>>;
type HistoryEvent = NonNullable<History['events']>[number];

export interface Spans {
  /** name → durations in ms */
  [name: string]: number[];
}

const millis = (event: HistoryEvent): number => {
  const time = event.eventTime;
  return time === null || time === undefined ? Number.NaN : Number(time.seconds) * 1000 + Math.round((time.nanos ?? 0) / 1e6);
};

/** Adds one history's spans: per activity type "queued" (scheduled → started) and "ran" (started → completed), workflow tasks, batch sizes. */
export function spansOf(history: History, spans: Spans, since: number): void {
  const byId = new Map<string, HistoryEvent>();
  const add = (name: string, ms: number) => (spans[name] ??= []).push(ms);
  let batch = 0;
  for (const event of history.events ?? []) {
    byId.set(String(event.eventId), event);
    const at = millis(event);
    if (at < since) continue;
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled) {
      if (scheduled.activityType?.name === 'assignFromLine') batch += 1;
      continue;
    }
    const started = event.activityTaskStartedEventAttributes;
    if (started) {
      const from = byId.get(String(started.scheduledEventId));
      add(`${from?.activityTaskScheduledEventAttributes?.activityType?.name ?? '?'}: waited for a worker`, at - millis(from!));
      continue;
    }
    const completed = event.activityTaskCompletedEventAttributes ?? event.activityTaskFailedEventAttributes;
    if (completed) {
      const from = byId.get(String(completed.scheduledEventId));
      const begun = byId.get(String(completed.startedEventId));
      add(`${from?.activityTaskScheduledEventAttributes?.activityType?.name ?? '?'}: ran`, at - millis(begun!));
      continue;
    }
    const taskStarted = event.workflowTaskStartedEventAttributes;
    if (taskStarted) {
      add('line workflow task: waited for a worker', at - millis(byId.get(String(taskStarted.scheduledEventId))!));
      if (batch > 0) add('picks sent per line workflow task', batch);
      batch = 0;
      continue;
    }
    const taskCompleted = event.workflowTaskCompletedEventAttributes;
    if (taskCompleted) add('line workflow task: ran', at - millis(byId.get(String(taskCompleted.startedEventId))!));
  }
}

/** Spans of every run of the given queues' lines, counting events from `since` (epoch ms). */
export async function lineSpans(client: Client, queues: readonly string[], since: number): Promise<Spans> {
  const spans: Spans = {};
  for (const queue of queues) {
    const workflowId = assignmentLineWorkflowId(queue);
    for await (const execution of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) {
      spansOf(await client.workflow.getHandle(workflowId, execution.runId).fetchHistory(), spans, since);
    }
  }
  return spans;
}

/** One markdown row per span: count, p50, p99, sum. */
export function spanRows(spans: Spans): string[] {
  return Object.entries(spans)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const unit = name.startsWith('picks') ? '' : ' ms';
      return `| ${name} | ${sorted.length} | ${percentile(sorted, 50)}${unit} | ${percentile(sorted, 99)}${unit} | ${sorted.reduce((sum, value) => sum + value, 0)}${unit} |`;
    });
}
