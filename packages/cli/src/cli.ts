import { parseArgs } from 'node:util';
import { UsageError, type CliContext, type Command, type OptionValues } from './command';
import { commands } from './commands';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

function usageOf(c: Command): string {
  return `caseflow ${c.path.join(' ')} ${c.usage}`.trimEnd();
}

export function helpText(list: readonly Command[] = commands): string {
  const width = Math.max(...list.map((c) => c.path.join(' ').length));
  return [
    'usage: caseflow <command> [options]',
    '',
    'commands:',
    ...list.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'caseflow <command> --help shows its options.',
  ].join('\n');
}

/** The command whose words start argv, the longest such path winning. */
function select(argv: readonly string[], list: readonly Command[]): Command | undefined {
  return list
    .filter((c) => c.path.every((word, i) => argv[i] === word))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** Runs one invocation; never exits the process, returns the exit code. */
export async function runCli(argv: readonly string[], ctx: CliContext, list: readonly Command[] = commands): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length === 0 ? ctx.stderr : ctx.stdout).write(helpText(list) + '\n');
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const command = select(argv, list);
  if (!command) {
    ctx.stderr.write(`caseflow: unknown command "${argv.join(' ')}"\n\n${helpText(list)}\n`);
    return EXIT_USAGE;
  }
  const rest = argv.slice(command.path.length);
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout.write(`usage: ${usageOf(command)}\n\n${command.summary}\n`);
    return EXIT_OK;
  }
  try {
    let values: OptionValues;
    try {
      ({ values } = parseArgs({ args: [...rest], options: command.options, strict: true, allowPositionals: false }));
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    return (await command.run(values, ctx)) ?? EXIT_OK;
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.stderr.write(`caseflow ${command.path.join(' ')}: ${err.message}\nusage: ${usageOf(command)}\n`);
      return EXIT_USAGE;
    }
    ctx.stderr.write(`caseflow ${command.path.join(' ')}: ${describeFailure(err)}\n`);
    return EXIT_FAILURE;
  }
}

/** File-system errors read as sentences ("no such file: …"), not as errno codes. */
function describeFailure(err: unknown): string {
  const error = err as NodeJS.ErrnoException;
  if (error?.code === 'ENOENT' && error.path) return `no such file: ${error.path}`;
  if (error?.code === 'EACCES' && error.path) return `permission denied: ${error.path}`;
  if (error?.code === 'EISDIR' && error.path) return `is a directory, not a file: ${error.path}`;
  return err instanceof Error ? err.message : String(err);
}
