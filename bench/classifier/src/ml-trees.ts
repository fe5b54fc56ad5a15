// ml-cart and ml-random-forest: the part the bench uses, typed once here (ml-cart ships
// no types; ml-random-forest's declaration file does not resolve as a module).
// @ts-expect-error TS7016: no usable declaration file
import { DecisionTreeClassifier as Cart } from 'ml-cart';
import { RandomForestClassifier as Forest } from 'ml-random-forest';

export interface TreeModel {
  train(x: number[][], y: number[]): void;
  predict(x: number[][]): number[];
  toJSON(): unknown;
}

export interface CartOptions {
  gainFunction?: 'gini';
  maxDepth?: number;
  minNumSamples?: number;
}

export interface ForestOptions {
  nEstimators: number;
  maxFeatures: number;
  replacement: boolean;
  useSampleBagging: boolean;
  noOOB: boolean;
  seed: number;
  treeOptions: CartOptions;
}

export const DecisionTreeClassifier = Cart as new (options?: CartOptions) => TreeModel;
export const RandomForestClassifier = Forest as unknown as new (options: ForestOptions) => TreeModel;
