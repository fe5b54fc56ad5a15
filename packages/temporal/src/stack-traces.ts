import { setFlagsFromString } from 'node:v8';

/**
 * How many frames an Error keeps in contexts created from now on: the workflow sandboxes of
 * workers created after this call. The process's own context (activities, logging) keeps
 * its limit, which V8 fixed when it made that context.
 *
 * Why: the SDK records where each promise of workflow code was created (for the stack-trace
 * query) by making an Error there and mapping every frame through the bundle's source map.
 * At 20 requests/s that was a quarter of the workflow worker's CPU; with one frame it is
 * almost nothing (docs/benchmarks.md, "Sustained throughput: what the figures say"). The
 * cost is what the frames gave: a shorter stack in a workflow's failures and an empty
 * stack-trace query. Raise it (WORKFLOW_STACK_FRAMES) while debugging a stuck workflow.
 */
export function limitWorkflowStackFrames(frames: number): void {
  if (!Number.isInteger(frames) || frames < 0 || frames > 200) throw new RangeError(`stack frames must be an integer from 0 to 200, got ${frames}`);
  setFlagsFromString(`--stack-trace-limit=${frames}`);
}
