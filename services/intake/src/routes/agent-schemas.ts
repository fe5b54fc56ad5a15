import { agentAvailabilities, agentRoles } from '@caseflow/db';
import { passwordRules } from '@caseflow/people';
import { Type } from 'typebox';
import { Email, RoutingName, text } from '../schemas';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const letters = [...'abcdefghijklmnopqrstuvwxyz'];
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** The ISO 639-1 codes that exist (`xx` has the right shape and no name), listed in the document so that it says which are accepted. */
export const languageCodes = letters.flatMap((first) => letters.map((second) => `${first}${second}`)).filter((code) => languageNames.of(code) !== undefined);
export const Language = Type.Enum(languageCodes, { description: 'ISO 639-1 code, e.g. en, zh' });
export const AgentQueue = Type.Object({ queue: RoutingName, level: Type.Optional(Type.Integer({ minimum: 1, maximum: 5, default: 1 })) }, { additionalProperties: false });

export const Agent = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  role: Type.Enum(agentRoles),
  languages: Type.Array(Type.String()),
  queues: Type.Array(Type.Object({ queue: Type.String(), level: Type.Integer() })),
  capacity: Type.Integer(),
  availability: Type.Enum(agentAvailabilities),
  availabilityChangedAt: Type.String({ format: 'date-time' }),
  disabledAt: Nullable(Type.String({ format: 'date-time' })),
  hasPassword: Type.Boolean({ description: 'false until the invitation is accepted' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const Invitation = Type.Object({
  token: Type.String({ description: 'one-time, shown once; POST /v1/agents/invitations/{token}/accept with {password}' }),
  expiresAt: Type.String({ format: 'date-time' }),
  acceptUrl: Type.String(),
});

export const CreateAgentBody = Type.Object(
  {
    name: text(1, 200),
    email: Email,
    role: Type.Enum(agentRoles),
    languages: Type.Optional(Type.Array(Language, { maxItems: 20, uniqueItems: true })),
    queues: Type.Optional(Type.Array(AgentQueue, { maxItems: 100 })),
    capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false, examples: [{ name: 'Ana Lima', email: 'ana@example.com', role: 'agent', languages: ['en', 'pt'], queues: [{ queue: 'billing', level: 2 }], capacity: 8 }] },
);

export const PatchAgentBody = Type.Object(
  {
    name: Type.Optional(text(1, 200)),
    role: Type.Optional(Type.Enum(agentRoles)),
    languages: Type.Optional(Type.Array(Language, { maxItems: 20, uniqueItems: true })),
    queues: Type.Optional(Type.Array(AgentQueue, { maxItems: 100 })),
    capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    availability: Type.Optional(Type.Enum(agentAvailabilities)),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Password = Type.String({ minLength: passwordRules.minLength, maxLength: passwordRules.maxLength });
export const SignInBody = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: passwordRules.maxLength }) }, { additionalProperties: false });
export const SessionAnswer = Type.Object({ agent: Agent, csrfToken: Type.String({ description: 'send as X-CSRF-Token on every write made with the session cookie' }) });
export const AgentIdParams = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }) }, { additionalProperties: false });
export const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 128 }) }, { additionalProperties: false });
