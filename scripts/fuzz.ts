// `npm run fuzz [-- --runs N] [--only <text>] [--seed N]`: every fuzz property of test/unit/fuzz with
// 100,000 cases each (CI runs a few thousand in total). Exits 1 with fast-check's shrunk counterexample
// when a property breaks.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { ALL_CASES } from './lib/fuzz/all-cases';
import { numberFlag } from './lib/number-flag';

const runs = numberFlag('runs', 100_000, { min: 1, whole: true });
const seed = numberFlag('seed', undefined, { min: -(2 ** 31), whole: true });
const onlyArg = parseArgs({
  args: process.argv.slice(2),
  options: { only: { type: 'string' } },
  strict: false,
}).values.only;
const only = typeof onlyArg === 'string' ? onlyArg : undefined;

let failed = 0;
for (const fuzzCase of ALL_CASES.filter((c) => only === undefined || c.name.includes(only))) {
  const { property, dispose } = fuzzCase.setup();
  const started = performance.now();
  const result = await fc.check(property, { numRuns: runs, ...(seed === undefined ? {} : { seed }) });
  await dispose();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failed += 1;
    process.stdout.write(`FAIL  ${fuzzCase.name} (${seconds} s)\n${fc.defaultReportMessage(result) ?? ''}\n`);
  } else {
    process.stdout.write(`ok    ${fuzzCase.name} — ${result.numRuns} cases in ${seconds} s\n`);
  }
}
process.stdout.write(failed === 0 ? 'Every property held.\n' : `${failed} properties broke.\n`);
process.exit(failed === 0 ? 0 : 1);
