import { describe, it } from 'vitest';
import { runCase } from '../../../scripts/lib/fuzz/all-cases';
import { linkCase, linkParserCase, selectionCase } from '../../../scripts/lib/fuzz/understanding-cases';

// CI runs each property `ciRuns` times; `npm run fuzz` runs the same properties 100,000 times.
describe('fuzzing the number understanding into the dial pipeline', () => {
  for (const fuzzCase of [selectionCase, linkCase, linkParserCase])
    it(fuzzCase.name, () => runCase(fuzzCase), 60_000);
});
