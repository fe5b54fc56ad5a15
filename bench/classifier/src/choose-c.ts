// How the default C was chosen, on training data only: 10 % of every (language, intent) of the
// bundled training sets is carved out as a validation set (seeded), the default model's
// recipe is trained on the rest (with the out-of-scope class) at each candidate C, and each
// model is scored on the carve per language. The test sets are never read.
//
//   pnpm bench:classifier-c [--c 0.5,1,2,4]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  Classifier,
  bundledTrainingSets,
  bundledOutOfScopeSets,
  mulberry32,
  readLabelledCsv,
  readOutOfScopeTraining,
  readOutOfScopeValidation,
  shuffle,
  trainModel,
  type LabelledText,
} from '@caseflow/classifier';

const { values } = parseArgs({ options: { c: { type: 'string', default: '0.5,1,2,4' }, fraction: { type: 'string', default: '0.1' } } });
const candidates = values.c.split(',').map(Number);
const fraction = Number(values.fraction);
if (candidates.some((c) => !(c > 0)) || !(fraction > 0 && fraction < 0.5)) throw new RangeError('--c takes positive numbers, --fraction a share in (0, 0.5)');

const languages = ['en', 'zh'] as const;
const train: LabelledText[] = [];
const validation: { language: (typeof languages)[number]; example: LabelledText }[] = [];
const random = mulberry32(20261202);
for (const [i, file] of bundledTrainingSets.entries()) {
  const byLabel = new Map<string, LabelledText[]>();
  for (const e of await readLabelledCsv(file)) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e]);
  for (const label of [...byLabel.keys()].sort()) {
    const members = shuffle([...byLabel.get(label)!], random);
    const take = Math.max(1, Math.round(members.length * fraction));
    validation.push(...members.slice(0, take).map((example) => ({ language: languages[i]!, example })));
    train.push(...members.slice(take));
  }
}
const outOfScopeTrain = await readOutOfScopeTraining(bundledOutOfScopeSets);
const outOfScopeValidation = await readOutOfScopeValidation(bundledOutOfScopeSets);

console.log(`load average at start: ${loadavg()[0]!.toFixed(2)}`);
console.log(`training ${train.length} + ${outOfScopeTrain.length} out-of-scope texts; validation ${languages.map((l) => `${l} ${validation.filter((v) => v.language === l).length}`).join(', ')}`);
console.log('\n| C | en validation accuracy | zh validation accuracy | train s |\n|---:|---:|---:|---:|');
for (const C of candidates) {
  const started = performance.now();
  const model = Classifier.fromArtifact(await trainModel([...train, ...outOfScopeTrain], { C, outOfScope: outOfScopeValidation }));
  const seconds = (performance.now() - started) / 1000;
  const accuracy = (language: string) => {
    const set = validation.filter((v) => v.language === language);
    return set.filter((v) => model.predict(v.example.text).label === v.example.label).length / set.length;
  };
  console.log(`| ${C} | ${accuracy('en').toFixed(4)} | ${accuracy('zh').toFixed(4)} | ${seconds.toFixed(1)} |`);
}
