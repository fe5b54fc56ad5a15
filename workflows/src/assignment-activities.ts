import { isAutomatic, type LineEntry, linePriorities, type LinePriority, requestLevel, type RosterAgent } from '@caseflow/assignment';
import {
  actionUpdates,
  type AssignmentActivities,
  assignmentLineStart,
  assignmentLineWorkflowType,
  enqueueSignal,
  type LineAssignOutcome,
  lineNudgeSignal,
  requestWorkflowId,
  systemActor,
} from '@caseflow/contracts';
import { assignUnderCapacityGuard, automaticQueuesOf, type Db, findAgentById, queueMode, queueRoster, type RequestRow, type RosterRow, unstartedRequestsOf, waitingRequests } from '@caseflow/db';
import { Context } from '@temporalio/activity';
import { type Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';


export function lineEntryOf(row: RequestRow): LineEntry {
  const priority = (linePriorities as readonly string[]).includes(row.priority ?? '') ? (row.priority as LinePriority) : 'normal';
  return { requestId: row.id, priority, createdAt: row.created_at.toISOString(), language: row.language, level: requestLevel(row.metadata), since: row.last_seq };
}

/** A roster row as the pure assigning logic takes it. */
export function rosterAgentOf({ availability, ...agent }: RosterRow): RosterAgent {
  return { ...agent, available: availability === 'available' };
}

/** The request refused: it no longer waits (resolved, assigned by hand, moved) or its workflow has ended. */
function refused(error: unknown, types: string[]): boolean {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) return types.includes(error.cause.type ?? '');
  return error instanceof WorkflowNotFoundError || (error instanceof Error && /workflow execution already completed/i.test(error.message));
}

/**
 * Runs `work`, heartbeating every second when it runs as an activity (the line's picks, whose
 * heartbeat timeout lets a pick lost with a killed worker copy be tried again within
 * seconds); called directly, as in tests, it just runs it.
 */
async function heartbeating<T>(work: () => Promise<T>): Promise<T> {
  let context: Context;
  try {
    context = Context.current();
  } catch {
    return work();
  }
  const timer = setInterval(() => context.heartbeat(), 1_000);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/**
 * The lines' activities and the request workflows' notices to them; on the caseflow-requests
 * worker. `guardDb` must be a pool of its own: the capacity guard holds a connection while
 * the request's Update records through `db`, so on one pool enough guards at once would
 * take every connection and wait forever for Updates that cannot record.
 */
export function createAssignmentActivities(db: Db, guardDb: Db, client: Client): AssignmentActivities {
  return {
    async offerToLine({ queue, entry }) {
      if (!isAutomatic(await queueMode(db, queue))) return;
      await client.workflow.signalWithStart(assignmentLineWorkflowType, { ...assignmentLineStart(queue), signal: enqueueSignal, signalArgs: [entry] });
    },

    async capacityFreed({ agentId }) {
      // All at once: this runs as a local activity inside the request's workflow task, so the
      // Update that freed the slot (a resolve) is accepted only when it ends. One after the
      // other, an agent serving the ten default queues cost ten round trips to the server,
      // seconds on a busy cluster, and intake answered 503 for resolves it had to wait for.
      await Promise.all(
        (await automaticQueuesOf(db, agentId)).map((queue) =>
          client.workflow.signalWithStart(assignmentLineWorkflowType, { ...assignmentLineStart(queue), signal: lineNudgeSignal, signalArgs: [{ reason: 'capacity' }] }),
        ),
      );
    },

    async loadRoster({ queue }) {
      const [mode, agents] = await Promise.all([queueMode(db, queue), queueRoster(db, queue)]);
      return { mode, agents: agents.map(rosterAgentOf) };
    },

    async waitingEntries({ queue }) {
      return (await waitingRequests(db, queue)).map(lineEntryOf);
    },

    async assignFromLine({ queue, requestId, agentId, agentName, updateId }): Promise<LineAssignOutcome> {
      return heartbeating(() => assignUnderCapacityGuard(guardDb, agentId, requestId, async () => {
        try {
          // The update id makes a retry of this activity the same Update, not a second one.
          await client.workflow.getHandle(requestWorkflowId(requestId)).executeUpdate(actionUpdates.assign, {
            args: [{ actor: systemActor, agentId, agentName, reason: 'auto', fromLine: { queue } }],
            updateId,
          });
          return 'assigned';
        } catch (error) {
          if (refused(error, ['NotWaiting', 'InvalidTransition'])) return 'gone';
          throw error;
        }
      }));
    },

    async releaseUnstarted({ queue, agentId }) {
      const agent = await findAgentById(db, agentId);
      if (agent === undefined || agent.availability === 'available') return [];
      const released: string[] = [];
      for (const requestId of await unstartedRequestsOf(db, agentId, queue)) {
        try {
          await client.workflow.getHandle(requestWorkflowId(requestId)).executeUpdate(actionUpdates.unassign, {
            args: [{ actor: systemActor, agent: { id: agent.id, name: agent.name }, reason: 'away' }],
            updateId: `away-${requestId}-${agent.availabilityChangedAt}`,
          });
          released.push(requestId);
        } catch (error) {
          // Started or taken meanwhile: it stays where it is.
          if (!refused(error, ['AssignmentConflict', 'InvalidTransition'])) throw error;
        }
      }
      return released;
    },
  };
}
