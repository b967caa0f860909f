import { describe, it } from 'vitest';
import { controllerCase, gatewayCase } from '../../../scripts/lib/fuzz/ipc-cases';
import { runCase } from '../../../scripts/lib/fuzz/all-cases';

describe('fuzzing every IPC payload schema through the gateway', () => {
  for (const fuzzCase of [gatewayCase, controllerCase]) it(fuzzCase.name, () => runCase(fuzzCase), 60_000);
});
