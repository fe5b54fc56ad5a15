#!/usr/bin/env -S npx tsx
// Wiring only: where the user ran the command, the real streams, the exit code.
import { runCli } from './cli';

// The root `pnpm caseflow` script runs us from packages/cli; INIT_CWD is where the user typed it.
const cwd = process.env.INIT_CWD ?? process.cwd();
process.exitCode = await runCli(process.argv.slice(2), { cwd, stdout: process.stdout, stderr: process.stderr });
