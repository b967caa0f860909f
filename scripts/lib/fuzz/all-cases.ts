import type { FuzzCase } from './fuzz-case';
import { controllerCase, gatewayCase } from './ipc-cases';
import { settingsFileCase, settingsValidationCase } from './settings-cases';
import { linkCase, linkParserCase, selectionCase } from './understanding-cases';

export { runCase, type FuzzCase } from './fuzz-case';

export const ALL_CASES: FuzzCase[] = [
  selectionCase,
  linkCase,
  linkParserCase,
  settingsFileCase,
  settingsValidationCase,
  gatewayCase,
  controllerCase,
];
