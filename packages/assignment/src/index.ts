export * from './types';
export { compareEntries, enqueue, orderLine } from './line';
export { eligible, pickAgent, type Plan, planAssignments, rankOnArrival } from './pick';
export { requestLanguage, requestLevel } from './language';
export { LineState, type LineSnapshot, type PendingPick, type PickOutcome } from './line-state';
export { defaultPickWindow, PickWindow, type PickWindowOptions } from './pick-window';
