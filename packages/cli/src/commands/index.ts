import type { Command } from '../command';
import { agentCreate } from './agent-create';
import { demoSeed } from './demo-seed';
import { modelEval } from './model-eval';
import { modelList, modelPromote, modelRegister } from './model-registry';
import { modelTrain } from './model-train';

/** Every subcommand; a new one is a module in this folder plus a line here. */
export const commands: readonly Command[] = [modelTrain, modelEval, modelRegister, modelList, modelPromote, demoSeed, agentCreate];
