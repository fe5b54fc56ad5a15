// `pnpm bench:replay`: what the workflow worker's CPU does per workflow task, without a server,
// a database or a network. It replays the recorded request histories (workflows/src/histories,
// current.*) many times on a replay worker — the same sandbox, activations and promise hooks a
// live worker runs — and counts the process's CPU time, in alternating rounds of the workflow
// stack-frame limits compared (WORKFLOW_STACK_FRAMES). Rewrites its section of docs/benchmarks.md.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { alternatingRounds, formatSpread, machineLine, spreadOf, writeBenchmarkSection } from '@caseflow/bench-report';
import { countHistory, emptyHistoryCounts, limitWorkflowStackFrames } from '@caseflow/temporal';
import { workflowsPath } from '@caseflow/workflows';
import { type History, historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflowCode, DefaultLogger, Worker } from '@temporalio/worker';

const { values } = parseArgs({
  options: {
    copies: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
    frames: { type: 'string', default: '10,1' },
  },
});
const copies = Number(values.copies);
const rounds = Number(values.rounds);
const frames = values.frames.split(',').map(Number);
if (!Number.isInteger(copies) || copies < 1 || !Number.isInteger(rounds) || rounds < 1 || frames.some((n) => !Number.isInteger(n) || n < 0 || n > 200)) {
  throw new Error('bench:replay: --copies and --rounds must be positive integers, --frames integers from 0 to 200');
}
const command = `pnpm bench:replay --copies ${copies} --rounds ${rounds} --frames ${values.frames}`;
const machine = machineLine();
const log = (line: string) => console.error(`bench:replay: ${line}`);

const historiesDir = join(dirname(workflowsPath), 'histories');
// The request histories of today's code; the line's is another workflow type.
const files = (await readdir(historiesDir)).filter((file) => file.startsWith('current.') && file.endsWith('.json') && !file.includes('.line.')).sort();
const histories: History[] = await Promise.all(files.map(async (file) => historyFromJSON(JSON.parse(await readFile(join(historiesDir, file), 'utf8')))));
const counted = histories.reduce((sum, history) => countHistory(history.events ?? [], sum), emptyHistoryCounts());
const events = counted.events * copies;
const workflowTasks = counted.workflowTasks * copies;
const replays = Array.from({ length: copies }, (_, copy) => histories.map((history, index) => ({ history, workflowId: `replay-${copy}-${index}` }))).flat();
const workflowBundle = await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('ERROR') });

/** CPU time of the whole process (every thread: the replay worker's sandbox runs in one of its own). */
async function replayAll(limit: number): Promise<number> {
  // A replay worker makes its workflow thread and sandbox now, so they take the limit set here.
  limitWorkflowStackFrames(limit);
  const before = process.cpuUsage();
  for await (const result of Worker.runReplayHistories({ workflowBundle, replayName: 'bench-replay' }, replays)) {
    if (result.error !== undefined) throw result.error;
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

log(`${replays.length} replays (${files.length} histories × ${copies}), a warm-up, then ${rounds} alternating rounds of ${frames.join(', ')} frames`);
await replayAll(frames[0]!);
const measured = await alternatingRounds(rounds, Object.fromEntries(frames.map((limit) => [String(limit), () => replayAll(limit)])));
const rows = frames.map((limit) => {
  const cpu = measured[String(limit)]!;
  const spread = (per: number) => formatSpread(spreadOf(cpu.map((ms) => ms / per)), 2);
  return `| ${limit} | ${formatSpread(spreadOf(cpu.map((ms) => ms / 1000)), 1)} | ${spread(workflowTasks)} | ${spread(events)} |`;
});
const section = `
Command: \`${command}\`
Measured ${machine}.

Replays the recorded request histories of today's code (\`workflows/src/histories/current.*\`
without the line's: ${files.length} files, ${copies} copies each, ${replays.length} replays of ${workflowTasks} workflow tasks and ${events}
history events) on one replay worker (\`Worker.runReplayHistories\`), with the process's CPU
time counted over all its threads. No server, database or network: only the worker's
sandbox, activations and the SDK's promise hooks. Rounds alternate the stack-frame limits;
figures are the median (lowest–highest) of ${rounds} rounds after a warm-up.

| stack frames in workflow code | CPU s per round | CPU ms per workflow task | CPU ms per history event |
| ---: | ---: | ---: | ---: |
${rows.join('\n')}
`;
console.log(section);
writeBenchmarkSection('Workflow worker CPU, replayed histories (bench:replay)', section);
log('wrote docs/benchmarks.md');
