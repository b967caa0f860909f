import type { FuzzCase } from './fuzz-case';
import { controllerCase, gatewayCase } from './ipc-cases';
import { linkControllerCase } from './link-cases';
import { settingsFileCase, settingsValidationCase } from './settings-cases';
import { linkCase, linkParserCase, selectionCase } from './understanding-cases';

export { runCase, type FuzzCase } from './fuzz-case';

export const ALL_CASES: FuzzCase[] = [
  selectionCase,
  linkCase,
  linkParserCase,
  linkControllerCase,
  settingsFileCase,
  settingsValidationCase,
  gatewayCase,
  controllerCase,
];
