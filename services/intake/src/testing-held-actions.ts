import { condition, defineSignal, defineUpdate, setHandler } from '@temporalio/workflow';

export const releaseActions = defineSignal('releaseActions');
/** The name intake's `assign` action sends (contracts' actionUpdates.assign), answered with nothing here. */
const assign = defineUpdate<void, [unknown]>('assign');

/**
 * Stands in for serviceRequest in the operator-action deadline test (a workflow bundle of
 * its own): it accepts `assign` at once and finishes it only when released, as a request
 * does whose worker is busy recording a backlog.
 */
export async function heldActions(): Promise<void> {
  let released = false;
  setHandler(releaseActions, () => {
    released = true;
  });
  setHandler(assign, async () => {
    await condition(() => released);
  });
  await condition(() => false);
}
