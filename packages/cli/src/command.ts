import type { ParseArgsOptionsConfig } from 'node:util';

/** Where a command reads and writes; tests pass their own. */
export interface CliContext {
  /** directory the user ran the command from: relative paths resolve against it */
  cwd: string;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** environment for commands that reach the registry (DATABASE_URL); process.env when absent */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Bad invocation: the CLI prints the message and the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * One CLI subcommand. Adding a subcommand = one module exporting a Command,
 * listed in commands/index.ts.
 */
export interface Command {
  /** words that select it, e.g. ['model', 'train'] */
  path: string[];
  summary: string;
  /** argument synopsis after the command words */
  usage: string;
  options: ParseArgsOptionsConfig;
  /** resolves to the exit code (0 when omitted) */
  run(values: OptionValues, ctx: CliContext): Promise<number | void>;
}

export function requireString(values: OptionValues, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${name} is required`);
  return v;
}

export function optionalString(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}
