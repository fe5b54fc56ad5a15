import { type BreachingBefore, type Db, listSlaPolicies } from '@caseflow/db';
import { addBusinessTime } from '@caseflow/sla';
import type { Principal } from './auth';
import { ApiError } from './errors';

const BUSINESS_HOUR_MS = 3600_000;

/**
 * "Breaching soon": due within the next business hour of the request's own SLA calendar (or
 * already breached). Policies are few; each gets its instant one business hour from now.
 */
export async function breachingSoon(db: Db, now: Date): Promise<BreachingBefore> {
  const policies = await listSlaPolicies(db);
  return {
    byPolicy: policies.map((policy) => ({ policyId: policy.id, dueBefore: addBusinessTime(policy.calendar, now, BUSINESS_HOUR_MS) })),
    otherwise: new Date(now.getTime() + BUSINESS_HOUR_MS),
  };
}

/** `assignee=me` is the signed-in agent, `none` nobody; anything else names an assignee as given. */
export function assigneeFilter(value: string | undefined, principal: Principal | null): string | null | undefined {
  if (value === 'none') return null;
  if (value !== 'me') return value;
  if (principal?.kind !== 'agent') throw new ApiError(400, 'invalid_request', 'assignee=me needs a signed-in agent', [{ path: 'querystring/assignee', message: 'me is only for a session' }]);
  return principal.id;
}
