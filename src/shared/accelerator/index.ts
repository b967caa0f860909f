export {
  checkAcceleratorSyntax,
  parseAccelerator,
  type Modifier,
  type ParsedAccelerator,
  type Platform,
} from './parse';
export { acceleratorForHumans } from './print';
export { recordKey, type KeyPress, type RecordResult } from './record';
