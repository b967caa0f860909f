// `npm run fuzz [-- --runs N] [--only <text>] [--seed N]`: every fuzz property of test/unit/fuzz with
// 100,000 cases each (CI runs a few thousand in total). Exits 1 with fast-check's shrunk counterexample
// when a property breaks.
import fc from 'fast-check';
import { ALL_CASES } from './lib/fuzz/all-cases';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

const runs = Number(flag('--runs') ?? 100_000);
const seed = flag('--seed') === undefined ? undefined : Number(flag('--seed'));
const only = flag('--only');
if (!Number.isInteger(runs) || runs <= 0) {
  process.stderr.write('--runs needs a whole number above 0.\n');
  process.exit(2);
}

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
