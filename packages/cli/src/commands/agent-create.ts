import { AgentEmailTaken, agentRoles, findAgentLogin, insertAgent, insertInvitation } from '@caseflow/db';
import { generatePassword, generateToken, hashPassword, passwordProblem, type Role } from '@caseflow/people';
import { type Command, optionalString, requireString, UsageError } from '../command';
import { withRegistry } from '../registry';

const INVITATION_MS = 24 * 3600_000;

/**
 * Creates a person who signs in, outside the API (the first admin of an installation, or an
 * agent on a machine without a running intake): with a password printed once, or an
 * invitation token (one-time, 24 h) to hand over.
 */
export const agentCreate: Command = {
  path: ['agent', 'create'],
  summary: 'create an agent who signs in (prints a password, or an invitation with --invite)',
  usage: '--email EMAIL --role agent|lead|admin [--name NAME] [--invite | --password-env VAR] [--if-absent]',
  options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, invite: { type: 'boolean' }, 'password-env': { type: 'string' }, 'if-absent': { type: 'boolean' } },
  async run(values, ctx) {
    const email = requireString(values, 'email');
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError(`--email ${email} is not an e-mail address`);
    const role = requireString(values, 'role');
    if (!(agentRoles as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${agentRoles.join(', ')}`);
    const name = optionalString(values, 'name') ?? email.split('@')[0] ?? email;
    const passwordEnv = optionalString(values, 'password-env');
    if (passwordEnv !== undefined && values['invite'] === true) throw new UsageError('--invite and --password-env exclude each other');
    const given = passwordEnv === undefined ? undefined : (ctx.env ?? process.env)[passwordEnv];
    if (passwordEnv !== undefined && (given === undefined || given === '')) throw new UsageError(`--password-env ${passwordEnv}: the variable is not set`);
    const password = values['invite'] === true ? undefined : (given ?? generatePassword());
    const problem = password === undefined ? null : passwordProblem(password);
    if (problem !== null) throw new UsageError(problem);

    return withRegistry(ctx, async (db) => {
      if (values['if-absent'] === true && (await findAgentLogin(db, email)) !== undefined) {
        ctx.stdout.write(`agent ${email} exists already: left as it is\n`);
        return 0;
      }
      try {
        const agent = await insertAgent(db, { name, email, role: role as Role, passwordHash: password === undefined ? null : await hashPassword(password) });
        ctx.stdout.write(`created ${agent.role} ${agent.email} (${agent.id})\n`);
        if (password !== undefined) {
          ctx.stdout.write(`password: ${password}\n(shown once; sign in with POST /v1/session)\n`);
          return 0;
        }
        const { token, hash } = generateToken();
        const expiresAt = new Date(Date.now() + INVITATION_MS);
        await insertInvitation(db, { tokenHash: hash, agentId: agent.id, purpose: 'invite', expiresAt });
        ctx.stdout.write(`invitation: POST /v1/agents/invitations/${token}/accept {"password": "…"} before ${expiresAt.toISOString()}\n`);
        return 0;
      } catch (error) {
        if (error instanceof AgentEmailTaken) {
          ctx.stderr.write(`caseflow agent create: ${error.message}\n`);
          return 1;
        }
        throw error;
      }
    });
  },
};
