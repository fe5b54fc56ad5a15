import { type Db, findAgentLogin, insertAgent } from '@caseflow/db';
import { hashPassword, type Role } from '@caseflow/people';

/** Known on purpose, so anyone trying the demo can sign in: printed, and only ever given to the demo's agents. */
export const DEMO_PASSWORD = 'demo-password-1';

interface DemoAgent {
  email: string;
  name: string;
  role: Role;
  languages: string[];
  /** Whether the agent serves every queue of the demo (leads see every queue anyway). */
  servesDemoQueues: boolean;
}

export const demoAgents: readonly DemoAgent[] = [
  { email: 'ana@demo.caseflow.local', name: 'Ana Lima', role: 'agent', languages: ['en'], servesDemoQueues: true },
  { email: 'li@demo.caseflow.local', name: 'Li Wei', role: 'agent', languages: ['zh', 'en'], servesDemoQueues: true },
  { email: 'lead@demo.caseflow.local', name: 'Lee Lead', role: 'lead', languages: ['en', 'zh'], servesDemoQueues: false },
];

/**
 * The demo's people: created when absent (an existing one, changed or not, is left as it is,
 * password included), each told on `write` with the demo password.
 */
export async function ensureDemoAgents(db: Db, queues: readonly string[], write: (line: string) => void): Promise<void> {
  write(`demo agents — DEMO ONLY: their password is known; never create them on a real installation (password for all: ${DEMO_PASSWORD})\n`);
  for (const agent of demoAgents) {
    const served = agent.servesDemoQueues ? queues.map((queue) => ({ queue, level: 3 })) : [];
    const what = `${agent.role} ${agent.languages.join('+')}${served.length > 0 ? `, queues ${queues.join(', ')}` : ''}`;
    if ((await findAgentLogin(db, agent.email)) !== undefined) {
      write(`  ${agent.email} (${agent.role}) exists already: left as it is\n`);
      continue;
    }
    await insertAgent(db, { name: agent.name, email: agent.email, role: agent.role, languages: agent.languages, capacity: 20, queues: served, passwordHash: await hashPassword(DEMO_PASSWORD) });
    write(`  ${agent.email} (${what}) password ${DEMO_PASSWORD}\n`);
  }
}
