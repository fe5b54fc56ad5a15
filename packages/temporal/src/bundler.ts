import type { WorkerOptions } from '@temporalio/worker';

type BundlerOptions = NonNullable<WorkerOptions['bundlerOptions']>;
type WebpackConfiguration = Parameters<NonNullable<BundlerOptions['webpackConfigHook']>>[0];

/** The TypeScript of caseflow's own packages, wherever they are installed. */
const workspaceSource = /node_modules[\\/]@caseflow[\\/]/;

/**
 * Bundler options for a worker whose workflows import caseflow's packages (TypeScript, no
 * build step). Temporal's bundler compiles `.ts` only outside node_modules: in the workspace
 * those packages are symlinks to packages/*, but in an image (`pnpm deploy`) they are real
 * folders under node_modules, and webpack would then fail on their type syntax.
 */
export const workflowBundlerOptions: BundlerOptions = {
  webpackConfigHook: (config: WebpackConfiguration) => {
    for (const rule of config.module?.rules ?? []) {
      if (typeof rule !== 'object' || rule === null || !(rule.test instanceof RegExp) || rule.test.source !== '\\.ts$') continue;
      const excluded = rule.exclude;
      if (!(excluded instanceof RegExp)) throw new Error('the Temporal bundler changed its TypeScript rule: revisit workflowBundlerOptions');
      rule.exclude = (path: string) => excluded.test(path) && !workspaceSource.test(path);
    }
    return config;
  },
};
