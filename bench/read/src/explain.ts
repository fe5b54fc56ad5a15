import { type Db, type RequestFilters, type RequestPage, requestSearchQuery } from '@caseflow/db';
import { CompiledQuery } from 'kysely';

export interface PlanSummary {
  /** The plan's nodes, outermost first, with the index each scan used. */
  shape: string;
  executionMs: number;
  sharedHit: number;
  sharedRead: number;
  text: string;
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

function shapeOf(node: PlanNode): string {
  const self = node['Index Name'] !== undefined ? `${node['Node Type']} (${node['Index Name']})` : node['Node Type'];
  const children = (node.Plans ?? []).map(shapeOf);
  if (children.length === 0) return self;
  return `${self} ← ${children.length === 1 ? children[0] : `[${children.join(', ')}]`}`;
}

/** EXPLAIN (ANALYZE, BUFFERS) of exactly the SQL GET /v1/requests runs for these filters. */
export async function explainSearch(db: Db, filters: RequestFilters, page: RequestPage): Promise<PlanSummary> {
  const compiled = requestSearchQuery(db, filters, page).compile();
  const run = async (options: string) =>
    (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(`explain (${options}) ${compiled.sql}`, [...compiled.parameters]))).rows;
  const text = (await run('analyze, buffers, costs off')).map((row) => String(row['QUERY PLAN'])).join('\n');
  const [json] = (await run('analyze, buffers, format json'))[0]!['QUERY PLAN'] as [{ Plan: PlanNode; 'Execution Time': number }];
  return {
    shape: shapeOf(json.Plan),
    executionMs: json['Execution Time'],
    sharedHit: json.Plan['Shared Hit Blocks'] ?? 0,
    sharedRead: json.Plan['Shared Read Blocks'] ?? 0,
    text,
  };
}
