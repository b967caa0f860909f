import { describe, it } from 'vitest';
import { runCase } from '../../../scripts/lib/fuzz/all-cases';
import { linkControllerCase } from '../../../scripts/lib/fuzz/link-cases';
import { linkCase, linkParserCase, selectionCase } from '../../../scripts/lib/fuzz/understanding-cases';

// CI runs each property `ciRuns` times; `npm run fuzz` runs the same properties 100,000 times.
describe('fuzzing the number understanding into the dial pipeline', () => {
  for (const fuzzCase of [selectionCase, linkCase, linkParserCase, linkControllerCase])
    it(fuzzCase.name, () => runCase(fuzzCase), 60_000);
});
