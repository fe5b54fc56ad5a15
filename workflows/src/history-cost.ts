// What a request costs Temporal, read from the recorded histories (src/histories): per
// scenario and generation, the request's history events, its workflow tasks, and the
// `deliverEvent` children it started (each one more workflow with a history of its own).
// `pnpm --filter @caseflow/workflows history-cost [generation ...]`; figures go to the docs.
import { readdir, readFile } from 'node:fs/promises';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';

const historiesDir = new URL('./histories/', import.meta.url);
const generations = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['before-event-outbox', 'current'];

interface Cost {
  runs: number;
  events: number;
  workflowTasks: number;
  children: number;
}

const files = (await readdir(historiesDir)).filter((file) => file.endsWith('.json')).sort();
const rows: string[] = ['generation\tscenario\truns\thistory events\tworkflow tasks\tdeliverEvent children\tworkflows started'];
for (const generation of generations) {
  const costs = new Map<string, Cost>();
  for (const file of files.filter((name) => name.startsWith(`${generation}.`))) {
    const scenario = file.slice(generation.length + 1).replace(/(\.run-\d+)?\.json$/, '');
    const events = historyFromJSON(JSON.parse(await readFile(new URL(file, historiesDir), 'utf8'))).events ?? [];
    const cost = costs.get(scenario) ?? { runs: 0, events: 0, workflowTasks: 0, children: 0 };
    cost.runs += 1;
    cost.events += events.length;
    cost.workflowTasks += events.filter((event) => event.workflowTaskCompletedEventAttributes != null).length;
    cost.children += events.filter((event) => event.startChildWorkflowExecutionInitiatedEventAttributes?.workflowType?.name === 'deliverEvent').length;
    costs.set(scenario, cost);
  }
  for (const [scenario, cost] of costs) rows.push([generation, scenario, cost.runs, cost.events, cost.workflowTasks, cost.children, 1 + cost.children].join('\t'));
}
console.log(rows.join('\n'));
