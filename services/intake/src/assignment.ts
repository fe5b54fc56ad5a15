import { isAutomatic } from '@caseflow/assignment';
import { assignmentLineStart, assignmentLineWorkflowId, assignmentLineWorkflowType, availabilitySignal, lineNudgeSignal } from '@caseflow/contracts';
import { type AvailabilityChange, automaticQueuesOf, type Db, queueMode } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';

/**
 * What intake tells the queues' lines (workflows/src/assignment-line.ts) when people
 * change: the seam the agents routes call after their write (`onAvailabilityChanged`,
 * `onCapacityChanged`), and the assignment routes after a mode change.
 */
export interface AssignmentNotices {
  /** An agent became available (their lines may move) or away/offline (the reassign timer starts). */
  onAvailabilityChanged(change: AvailabilityChange): Promise<void>;
  /** Capacity raised, queues or languages changed, agent enabled or disabled: the lines look again. */
  onCapacityChanged(agentId: string): Promise<void>;
  /** The queue's mode changed: an automatic line rebuilds itself from the waiting requests; a manual one stops. */
  onModeChanged(queue: string): Promise<void>;
}

export function createAssignmentNotices(db: Db, temporal: Client, reassignAfterSeconds: number): AssignmentNotices {
  const start = assignmentLineStart;
  const nudge = (queue: string, reason: string) =>
    temporal.workflow.signalWithStart(assignmentLineWorkflowType, { ...start(queue), signal: lineNudgeSignal, signalArgs: [{ reason }] });
  return {
    async onAvailabilityChanged({ agent, previous }) {
      if (agent.availability === previous) return;
      const available = agent.availability === 'available';
      for (const queue of await automaticQueuesOf(db, agent.id)) {
        await temporal.workflow.signalWithStart(assignmentLineWorkflowType, {
          ...start(queue),
          signal: availabilitySignal,
          signalArgs: [{ agentId: agent.id, available, reassignAfterMs: reassignAfterSeconds * 1000 }],
        });
      }
    },
    async onCapacityChanged(agentId) {
      for (const queue of await automaticQueuesOf(db, agentId)) await nudge(queue, 'capacity');
    },
    async onModeChanged(queue) {
      if (isAutomatic(await queueMode(db, queue))) {
        await nudge(queue, 'mode');
        return;
      }
      try {
        await temporal.workflow.getHandle(assignmentLineWorkflowId(queue)).signal(lineNudgeSignal, { reason: 'mode' });
      } catch (error) {
        // No line running: nothing to stop.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    },
  };
}
