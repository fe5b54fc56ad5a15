import { condition, defineSignal, defineUpdate, setHandler } from '@temporalio/workflow';

export const releaseActions = defineSignal('releaseActions');
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
