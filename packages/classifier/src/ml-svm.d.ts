// ml-svm ships no types; this declares the part caseflow uses (see node_modules/ml-svm/src/svm.js).
declare module 'ml-svm' {
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
  export default class SVM {
    constructor(options?: SvmOptions);
    train(features: number[][], labels: number[]): void;
    /** after training: the support vectors' alphas, labels and indices into the training set */
    alphas: number[];
    Y: number[];
    b: number;
    iterations: number;
    _supportVectorIdx: number[];
    supportVectors(): number[];
  }
}
