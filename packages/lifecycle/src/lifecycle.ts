/**
 * The request lifecycle as data. The same table validates operator actions in the
 * workflow's Update validators and answers "what can I do now?" in the API and docs,
 * so it is the single place where a status can change.
 */
export const requestStatuses = [
  'pending',
  'classified',
  'assigned',
  'in_progress',
  'waiting_on_customer',
  'resolved',
  'reopened',
  'closed',
  /** Folded into another request of the same customer (a duplicate): terminal, counted once as the target. */
  'merged',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const lifecycleActions = [
  'classify',
  'assign',
  'unassign',
  'start',
  'wait',
  'resume',
  'resolve',
  'reopen',
  'close',
  'comment',
  'reclassify',
  'confirm-category',
  'priority',
  'feedback',
  'merge',
] as const;
export type LifecycleAction = (typeof lifecycleActions)[number];

/** `keep` means the action is allowed and leaves the status as it is (re-assigning work in progress). */
type Target = RequestStatus | 'keep';

/** Statuses in which someone still works on the request. */
export const openStatuses = ['classified', 'assigned', 'in_progress', 'waiting_on_customer', 'reopened'] as const;
const open = openStatuses;
const keepIn = (statuses: readonly RequestStatus[]) => Object.fromEntries(statuses.map((status) => [status, 'keep' as const]));

export const transitionTable: Readonly<Record<LifecycleAction, Readonly<Partial<Record<RequestStatus, Target>>>>> = {
  classify: { pending: 'classified' },
  assign: {
    classified: 'assigned',
    assigned: 'assigned',
    reopened: 'assigned',
    in_progress: 'keep',
    waiting_on_customer: 'keep',
  },
  // Only work nobody has started goes back to the line; started work is re-assigned instead.
  unassign: { assigned: 'classified' },
  start: { assigned: 'in_progress', reopened: 'in_progress' },
  wait: { in_progress: 'waiting_on_customer' },
  resume: { waiting_on_customer: 'in_progress' },
  resolve: Object.fromEntries(open.map((status) => [status, 'resolved'])),
  reopen: { resolved: 'reopened' },
  close: { resolved: 'closed' },
  // Actions that change data but not the status. A comment is welcome until the request
  // closes (even before classification); routing and priority only matter while it is open;
  // a satisfaction score only makes sense once there is a resolution to judge.
  comment: keepIn(['pending', ...open, 'resolved']),
  reclassify: keepIn(open),
  // A review of the category may come after the work: a resolved request can still be confirmed.
  'confirm-category': keepIn([...open, 'resolved']),
  priority: keepIn(open),
  feedback: keepIn(['resolved', 'closed']),
  // A duplicate is folded into another request while nobody has finished with it; a resolved
  // one has an answer of its own and is closed instead. `merged` takes nothing more.
  merge: Object.fromEntries(['pending', ...open].map((status) => [status, 'merged'])),
};

/** Statuses after which a request's workflow takes no more actions and keeps no clocks. */
export const terminalStatuses = ['merged'] as const satisfies readonly RequestStatus[];

export class InvalidTransition extends Error {
  override readonly name = 'InvalidTransition';
  constructor(
    readonly from: RequestStatus,
    readonly action: LifecycleAction,
  ) {
    super(`cannot ${action} a request that is ${from.replaceAll('_', ' ')}`);
  }
}

/** The status after `action`, or an InvalidTransition when the action is not allowed from `from`. */
export function nextStatus(from: RequestStatus, action: LifecycleAction): RequestStatus {
  const target = transitionTable[action][from];
  if (target === undefined) throw new InvalidTransition(from, action);
  return target === 'keep' ? from : target;
}

export function allowedActions(from: RequestStatus): LifecycleAction[] {
  return lifecycleActions.filter((action) => transitionTable[action][from] !== undefined);
}

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (requestStatuses as readonly string[]).includes(value);
}
