import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCIKIT_LEARN = 'scikit-learn==1.9.1';

export interface SklearnResult {
  sklearn: string;
  accuracy: number;
  macroF1: number;
  trainSeconds: number;
  predictMsP50: number;
  predictMsP99: number;
  modelBytes: number;
  maxRssKb: number;
}

/**
 * TfidfVectorizer + LinearSVC in a venv under bench/classifier/.venv (created from
 * PyPI on first use). Resolves to a reason string when Python or PyPI is unavailable.
 */
export async function runSklearn(benchDir: string, train: string, test: string, log: (s: string) => void): Promise<SklearnResult | string> {
  const venv = join(benchDir, '.venv');
  const python = join(venv, 'bin', 'python');
  try {
    if (!existsSync(python)) {
      log(`creating ${venv} and installing ${SCIKIT_LEARN} from PyPI…`);
      await run('python3', ['-m', 'venv', venv]);
    }
    await run(python, ['-c', 'import sklearn']).catch(async () => {
      await run(join(venv, 'bin', 'pip'), ['install', '--quiet', SCIKIT_LEARN], { timeout: 600_000 });
    });
  } catch (err) {
    return `skipped: could not set up scikit-learn (PyPI unreachable or no python3 venv): ${(err as Error).message.split('\n')[0]}`;
  }
  const { stdout } = await run(python, [join(benchDir, 'src', 'sklearn_baseline.py'), train, test], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as SklearnResult;
}
