// What a request costs Temporal, read from the recorded histories (src/histories): per
// scenario and generation, the request's history events, its workflow tasks, and the
// `deliverEvent` children it started (each one more workflow with a history of its own).
// `pnpm --filter @caseflow/workflows history-cost [generation ...]`; figures go to the docs.
import { readdir, readFile } from 'node:fs/promises';
import { countHistory, emptyHistoryCounts, type HistoryCounts } from '@caseflow/temporal';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';

const historiesDir = new URL('./histories/', import.meta.url);
const generations = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['before-event-outbox', 'current'];

const files = (await readdir(historiesDir)).filter((file) => file.endsWith('.json')).sort();
const rows: string[] = ['generation\tscenario\truns\thistory events\tworkflow tasks\tdeliverEvent children\tworkflows started'];
for (const generation of generations) {
  const costs = new Map<string, { runs: number; counts: HistoryCounts }>();
  for (const file of files.filter((name) => name.startsWith(`${generation}.`))) {
    const scenario = file.slice(generation.length + 1).replace(/(\.run-\d+)?\.json$/, '');
    const events = historyFromJSON(JSON.parse(await readFile(new URL(file, historiesDir), 'utf8'))).events ?? [];
    const cost = costs.get(scenario) ?? { runs: 0, counts: emptyHistoryCounts() };
    cost.runs += 1;
    countHistory(events, cost.counts);
    costs.set(scenario, cost);
  }
  for (const [scenario, { runs, counts }] of costs) {
    const children = counts.children['deliverEvent'] ?? 0;
    rows.push([generation, scenario, runs, counts.events, counts.workflowTasks, children, 1 + children].join('\t'));
  }
}
console.log(rows.join('\n'));
