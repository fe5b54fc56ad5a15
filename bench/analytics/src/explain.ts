import { type Database, type Db } from '@caseflow/db';
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

/** A statement an analytics query function ran, as PostgreSQL received it. */
type Statement = { sql: string; parameters: readonly unknown[] };

/**
 * A Db that remembers the statements it runs, so the bench can EXPLAIN the very SQL each
 * query function sends (with the transaction settings it makes), not a copy of it.
 */
export function recordingDb(databaseUrl: string): { db: Db; take: () => Statement[]; destroy: () => Promise<void> } {
  let statements: Statement[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 2 }) }),
    log: (event) => {
      if (event.level === 'query') statements.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  return {
    db,
    take: () => {
      const taken = statements;
      statements = [];
      return taken;
    },
    destroy: () => db.destroy(),
  };
}

export interface Plan {
  text: string;
  executionMs: number;
}

const control = /^(begin|commit|rollback)\b/i;
const settings = /^select set_config\(/i;

/** EXPLAIN (ANALYZE, BUFFERS) of each statement, replaying its transaction's settings first. */
export async function explainAll(db: Db, statements: Statement[]): Promise<Plan[]> {
  const plans: Plan[] = [];
  await db.connection().execute(async (connection) => {
    await connection.executeQuery(CompiledQuery.raw('begin'));
    try {
      for (const statement of statements) {
        if (control.test(statement.sql.trim())) continue;
        if (settings.test(statement.sql.trim())) {
          await connection.executeQuery(CompiledQuery.raw(statement.sql, [...statement.parameters]));
          continue;
        }
        const { rows } = await connection.executeQuery<Record<string, string>>(CompiledQuery.raw(`explain (analyze, buffers) ${statement.sql}`, [...statement.parameters]));
        const text = rows.map((row) => row['QUERY PLAN']).join('\n');
        plans.push({ text, executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? Number.NaN) });
      }
    } finally {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    }
  });
  return plans;
}

/** The plan's nodes, outermost first, with the index each scan used: "HashAggregate ← Index Only Scan (requests_analytics_idx)". */
export function planShape(text: string): string {
  const nodes: string[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*(?:->\s+)?([A-Z][A-Za-z ]+?)(?: using (\S+))?(?: on \S+(?: \w+)?)?\s+\(cost/.exec(line);
    if (match === null) continue;
    const node = match[2] === undefined ? match[1]! : `${match[1]} (${match[2]})`;
    if (!nodes.includes(node)) nodes.push(node);
  }
  return nodes.slice(0, 6).join(' ← ');
}
