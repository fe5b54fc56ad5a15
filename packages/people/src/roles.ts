/**
 * Who may do what, for API keys and signed-in agents alike: the one authorization decision.
 *
 * A route declares the permission it needs; a key's scopes and an agent's role each grant
 * a set of permissions. Keys keep their four scopes (`admin` implies every key permission);
 * roles: `agent` works requests (in their queues, checked per request), `lead` every queue
 * plus analytics and people/assignment settings, `admin` everything.
 */
export const apiScopes = ['requests:write', 'requests:read', 'operator', 'admin'] as const;
export type ApiScope = (typeof apiScopes)[number];

export const roles = ['agent', 'lead', 'admin'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  /** Create requests and customers. */
  'requests:write',
  /** Read requests, customers, events. */
  'requests:read',
  /** Act on requests (assign, resolve, …); read people. */
  'operator',
  /** Read analytics. */
  'analytics',
  /** Manage agents and queue assignment settings. */
  'lead',
  /** Change one's own agent profile (availability, languages); leads and admins change anyone's. */
  'profile',
  /** Read the model registry and the retraining runs' decisions: operators' keys, leads and admins, not `agent`. */
  'models',
  /** Decode Temporal payloads (the codec endpoint): every customer's text, so not for `agent`. */
  'codec',
  /** Only a signed-in agent: the session itself. */
  'session',
  /** Keys, webhooks, SLA policies, deliveries, metrics, the codec. */
  'admin',
] as const;
export type Permission = (typeof permissions)[number];

export type Credential = { kind: 'api_key'; scopes: readonly ApiScope[] } | { kind: 'agent'; role: Role; queues: readonly string[] };

/** What each key scope grants; the `admin` scope grants every permission but `session`. */
const scopeGrants: Record<ApiScope, readonly Permission[]> = {
  'requests:write': ['requests:write'],
  'requests:read': ['requests:read', 'analytics'],
  operator: ['operator', 'models', 'codec'],
  admin: permissions.filter((p) => p !== 'session'),
};

const roleGrants: Record<Role, readonly Permission[]> = {
  agent: ['requests:write', 'requests:read', 'operator', 'profile', 'session'],
  lead: ['requests:write', 'requests:read', 'operator', 'analytics', 'lead', 'profile', 'models', 'codec', 'session'],
  admin: permissions,
};

export function grants(credential: Credential, permission: Permission): boolean {
  if (credential.kind === 'api_key') return credential.scopes.some((scope) => scopeGrants[scope].includes(permission));
  return roleGrants[credential.role].includes(permission);
}

/**
 * Whether the credential may see or act on a request routed to `queue`: keys and
 * leads/admins on every queue, an `agent` only on the queues they serve (a request not yet
 * routed belongs to no one's queue).
 */
export function coversQueue(credential: Credential, queue: string | null): boolean {
  if (credential.kind === 'api_key' || credential.role !== 'agent') return true;
  return queue !== null && credential.queues.includes(queue);
}

/** The queues an agent's listings are narrowed to; undefined = every queue. */
export function visibleQueues(credential: Credential): readonly string[] | undefined {
  return credential.kind === 'agent' && credential.role === 'agent' ? credential.queues : undefined;
}
