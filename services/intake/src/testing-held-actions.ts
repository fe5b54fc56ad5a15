import { condition, defineSignal, defineUpdate, setHandler } from '@temporalio/workflow';

export const releaseActions = defineSignal('releaseActions');
export const breakTasks = defineSignal('breakTasks');
export const mendTasks = defineSignal('mendTasks');
/** The name intake's `start` action sends (contracts' actionUpdates.start), answered with nothing here. */
const start = defineUpdate<void, [unknown]>('start');

/**
 * Stands in for serviceRequest in the operator-action deadline test (a workflow bundle of
 * its own): it accepts `start` at once and finishes it only when released, as a request
 * does whose worker is busy recording a backlog.
 */
export async function heldActions(): Promise<void> {
  let released = false;
  setHandler(releaseActions, () => {
    released = true;
  });
  setHandler(start, async () => {
    await condition(() => released);
  });
  await condition(() => false);
}

/**
 * Stands in for a request whose workflow task keeps failing for a while (the copy that held it
 * was killed, or it ran past its timeout): after `breakTasks` every task fails, until
 * `mendTasks` arrives. Meanwhile the server refuses Updates ("Workflow Task in failed state").
 */
export async function failingTasks(): Promise<void> {
  let broken = false;
  let mended = false;
  setHandler(breakTasks, () => {
    broken = true;
  });
  setHandler(mendTasks, () => {
    mended = true;
  });
  setHandler(start, () => undefined);
  await condition(() => broken);
  // A plain Error fails the workflow task, not the workflow: the server tries the task again.
  if (!mended) throw new Error('this workflow task fails until mended');
  await condition(() => false);
}
