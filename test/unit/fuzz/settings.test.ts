import { describe, it } from 'vitest';
import { settingsFileCase, settingsValidationCase } from '../../../scripts/lib/fuzz/settings-cases';
import { runCase } from '../../../scripts/lib/fuzz/all-cases';

describe('fuzzing settings', () => {
  for (const fuzzCase of [settingsFileCase, settingsValidationCase])
    it(fuzzCase.name, () => runCase(fuzzCase), 60_000);
});
