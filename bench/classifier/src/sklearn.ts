import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Draw } from './draws';
import type { LanguageScore, SmallRow } from './report';

const run = promisify(execFile);
const SCIKIT_LEARN = 'scikit-learn==1.9.1';

export interface SklearnFull {
  perLanguage: { en: LanguageScore; zh: LanguageScore };
  trainSeconds: number;
  predictMsP50: number;
  predictMsP99: number;
  modelBytes: number;
}

export interface SklearnResult {
  sklearn: string;
  defaults: SklearnFull;
  'same-features': SklearnFull;
  small: SmallRow[];
  maxRssKb: number;
}

/**
 * scikit-learn in a venv under bench/classifier/.venv (created from PyPI on first use),
 * trained on the same files and draws as caseflow. Resolves to a reason string when Python
 * or PyPI is unavailable.
 */
export async function runSklearn(
  benchDir: string,
  job: { train: readonly string[]; tests: { en: string; zh: string }; draws: readonly Draw[] },
  log: (s: string) => void,
): Promise<SklearnResult | string> {
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
  const jobFile = join(tmpdir(), `caseflow-bench-sklearn-${process.pid}.json`);
  await writeFile(jobFile, JSON.stringify({ ...job, draws: job.draws.map(({ set, file, language, draw, rows }) => ({ set, file, language, draw, rows })) }));
  try {
    const { stdout } = await run(python, [join(benchDir, 'src', 'sklearn_baseline.py'), jobFile], { maxBuffer: 1 << 22, cwd: join(benchDir, 'src') });
    return JSON.parse(stdout) as SklearnResult;
  } catch (err) {
    // The caseflow parts took most of the run: report them with the reason rather than lose them.
    return `failed: ${(err as Error).message.split('\n').slice(-3).join(' ')}`;
  }
}
