export { checkAcceleratorSyntax, parseAccelerator, type Modifier, type ParsedAccelerator } from './parse';
export type { Platform } from '../platform';
export { acceleratorForHumans } from './print';
export { recordKey, type KeyPress, type RecordResult } from './record';
