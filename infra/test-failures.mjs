// After a failed `make test`: each failed test's name and the first lines of why, printed
// last, so that whoever reads only the end of a CI log (the excerpt CI keeps) sees the cause
// and not just the summary. Reads the JSON report vitest wrote beside its normal output.
import console from 'node:console';
import { readFileSync } from 'node:fs';
import process from 'node:process';

const [reportPath] = process.argv.slice(2);
let report;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
} catch {
  process.exit(0);
}
// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');
for (const file of report.testResults ?? []) {
  const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
  if (failed.length === 0 && file.status === 'failed') console.error(`FAILED ${file.name.replace(process.cwd() + '/', '')}: ${plain(file.message ?? '').split('\n').slice(0, 8).join('\n  ')}`);
  for (const test of failed) {
    const why = plain((test.failureMessages ?? []).join('\n')).split('\n').filter((line) => line.trim() !== '' && !/^\s+at /.test(line));
    console.error(`FAILED ${file.name.replace(process.cwd() + '/', '')} > ${test.fullName}\n  ${why.slice(0, 12).join('\n  ')}`);
  }
}
