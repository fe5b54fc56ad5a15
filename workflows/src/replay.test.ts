// Replays every recorded request history (src/histories/*.json) against the workflow code of
// this checkout: a change that would break requests already running fails here, offline,
// without a Temporal server. See src/histories/README.md for how the histories are recorded.
import { readdir, readFile } from 'node:fs/promises';
import { type AssignmentLineInput, assignmentLineWorkflowId, assignmentLineWorkflowType, requestWorkflowId, type ServiceRequestInput } from '@caseflow/contracts';
import { workflowInterceptorModules } from '@caseflow/tracing';
import { defaultPayloadConverter } from '@temporalio/common';
import { type History, historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { beforeAll, describe, expect, it } from 'vitest';
import { workflowBundle } from './testing';
import { workflowsPath } from './worker';

interface Recorded {
  file: string;
  history: History;
  workflowId: string;
}

const historiesDir = new URL('./histories/', import.meta.url);
const patchId = 'read-model-local-activities';

async function loadHistories(): Promise<Recorded[]> {
  const files = (await readdir(historiesDir)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const history = historyFromJSON(JSON.parse(await readFile(new URL(file, historiesDir), 'utf8')));
      // Histories do not name their workflow; the request id (or a line's queue) in the input does.
      const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
      const input = started?.input?.payloads?.[0];
      if (input == null) throw new Error(`${file}: the first event is not a workflow start with an input`);
      if (started?.workflowType?.name === assignmentLineWorkflowType) {
        return { file, history, workflowId: assignmentLineWorkflowId(defaultPayloadConverter.fromPayload<AssignmentLineInput>(input).queue) };
      }
      return { file, history, workflowId: requestWorkflowId(defaultPayloadConverter.fromPayload<ServiceRequestInput>(input).requestId) };
    }),
  );
}

/** Replays one history after another on one replay worker; answers the failures by file. */
async function replay(bundle: WorkflowBundleWithSourceMap, recorded: Recorded[]): Promise<{ file: string; error: Error }[]> {
  const failures: { file: string; error: Error }[] = [];
  let index = 0;
  // Results arrive one per history, in the order given.
  for await (const result of Worker.runReplayHistories({ workflowBundle: bundle, replayName: 'caseflow-replay-test' }, recorded)) {
    const file = recorded[index]?.file ?? `#${index}`;
    index += 1;
    if (result.error !== undefined) failures.push({ file, error: result.error });
  }
  expect(index).toBe(recorded.length);
  return failures;
}

function patchesOf(history: History): string[] {
  return (history.events ?? []).flatMap((event) => {
    const marker = event.markerRecordedEventAttributes;
    const data = marker?.markerName === 'core_patch' ? marker.details?.['patch-data']?.payloads?.[0] : undefined;
    return data == null ? [] : [defaultPayloadConverter.fromPayload<{ id: string }>(data).id];
  });
}

let bundle: WorkflowBundleWithSourceMap;
let recorded: Recorded[];

beforeAll(async () => {
  [bundle, recorded] = await Promise.all([workflowBundle(), loadHistories()]);
});

describe('recorded request histories', () => {
  it('include requests from before and after the read-model local activities patch', () => {
    const patched = recorded.filter((r) => patchesOf(r.history).includes(patchId)).map((r) => r.file);
    const before = recorded.filter((r) => !patchesOf(r.history).includes(patchId)).map((r) => r.file);
    expect(patched.length).toBeGreaterThanOrEqual(4);
    expect(before.length).toBeGreaterThanOrEqual(4);
  });

  it('include requests recorded with the assignment-line, conversation-messages, next-reply-clock and event-outbox patches, so the line, thread, next-reply and outbox paths replay too', () => {
    for (const id of ['assignment-line', 'conversation-messages', 'next-reply-clock', 'event-outbox']) {
      expect(recorded.filter((r) => patchesOf(r.history).includes(id)).map((r) => r.file), id).not.toEqual([]);
    }
  });

  it('include requests from before the event-outbox patch, whose events start deliverEvent children', () => {
    const before = recorded.filter((r) => !patchesOf(r.history).includes('event-outbox'));
    expect(before.filter((r) => (r.history.events ?? []).some((event) => event.startChildWorkflowExecutionInitiatedEventAttributes?.workflowType?.name === 'deliverEvent')).length).toBeGreaterThanOrEqual(4);
  });

  it('include a queue\'s line from before the line-sliding-window patch (rounds) and one recorded with it (the window)', () => {
    const lines = recorded.filter((r) => r.workflowId.startsWith(assignmentLineWorkflowId('')));
    expect(lines.filter((r) => !patchesOf(r.history).includes('line-sliding-window')).map((r) => r.file)).toEqual(['before-line-sliding-window.line.json']);
    expect(lines.filter((r) => patchesOf(r.history).includes('line-sliding-window')).map((r) => r.file)).toEqual(['before-arrival-claim.line.json', 'current.line.json']);
  });

  it('include a request assigned on arrival (its record answered the agent; no pick, no Update)', () => {
    const arrival = recorded.find((r) => r.file === 'current.arrival.json');
    const events = arrival?.history.events ?? [];
    expect(events.some((event) => event.workflowExecutionUpdateAcceptedEventAttributes != null)).toBe(false);
    const answers = events.flatMap((event) => {
      const marker = event.markerRecordedEventAttributes;
      const result = marker?.markerName === 'core_local_activity' ? marker.details?.['result']?.payloads?.[0] : undefined;
      return result == null ? [] : [defaultPayloadConverter.fromPayload<unknown>(result)];
    });
    expect(answers).toContainEqual(expect.objectContaining({ claimed: expect.objectContaining({ agentId: expect.any(String) }) }));
  });

  it('all replay against the current workflow code without nondeterminism', async () => {
    const failures = await replay(bundle, recorded);
    expect(failures.map(({ file, error }) => `${file}: ${error.name}: ${error.message}`)).toEqual([]);
  });

  it('replay the same with tracing on: its workflow interceptors change no workflow command', async () => {
    const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
    const traced = await bundleWorkflowCode({ workflowsPath, workflowInterceptorModules: [...workflowInterceptorModules], logger: quiet });
    expect(traced.code).toContain('RunWorkflow');
    const failures = await replay(traced, recorded);
    expect(failures.map(({ file, error }) => `${file}: ${error.name}: ${error.message}`)).toEqual([]);
  }, 120_000);

  it('fail the replay when the code schedules other work than a history recorded (a tampered history stands in for a broken change)', async () => {
    const original = recorded.find((r) => r.file.startsWith(`before-${patchId}.`))!;
    const tampered = historyFromJSON(JSON.parse(await readFile(new URL(original.file, historiesDir), 'utf8')));
    const scheduled = tampered.events?.find((event) => event.activityTaskScheduledEventAttributes?.activityType?.name === 'recordTransition');
    scheduled!.activityTaskScheduledEventAttributes!.activityType!.name = 'recordTransitionElsewhere';
    const failures = await replay(bundle, [{ ...original, history: tampered }]);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.error).toBeInstanceOf(DeterminismViolationError);
  });
});
