// ml-svm ships no types. The part caseflow uses (see node_modules/ml-svm/src/svm.js) is
// described here and the untyped import is cast once, so no ambient declaration has to
// reach every package that compiles this one.
// @ts-expect-error TS7016: ml-svm has no declaration file
import SVMUntyped from 'ml-svm';

export interface SvmKernel {
  compute(a: number[], b: number[]): number;
}

export interface SvmOptions {
  C?: number;
  tol?: number;
  maxPasses?: number;
  maxIterations?: number;
  kernel?: string | SvmKernel;
  alphaTol?: number;
  random?: () => number;
  whitening?: boolean;
}

export interface SvmInstance {
  train(features: number[][], labels: number[]): void;
  /** after training: the support vectors' alphas, indices into the training set, and the bias */
  alphas: number[];
  _supportVectorIdx: number[];
  b: number;
  iterations: number;
}

export const SVM = SVMUntyped as new (options?: SvmOptions) => SvmInstance;
