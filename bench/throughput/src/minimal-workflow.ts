import { proxyActivities } from '@temporalio/workflow';

const { touch } = proxyActivities<{ touch(): Promise<void> }>({ startToCloseTimeout: '10 seconds' });

/** The ceiling's unit of work: start → one activity → complete, nothing else. */
export async function minimalWorkflow(): Promise<void> {
  await touch();
}
