export { decide, decideText, type Decision } from './decide';
export {
  createDialGate,
  resultKind,
  REPEAT_WINDOW_MS,
  type Admission,
  type DialGate,
  type DialResultKind,
} from './gate';
export {
  busyMessage,
  callerIdName,
  callingMessage,
  failedMessage,
  NO_NUMBER,
  repeatedMessage,
  severalMessage,
} from './messages';
export {
  createDialPipeline,
  guardFor,
  type DialContext,
  type DialOutcome,
  type DialPipeline,
  type PipelineOptions,
} from './pipeline';
export { buildDialRequest, type BuiltRequest, type DialPlan } from './request';
export { DEFAULT_CALL_RULES, refusalFor, type CallGuard, type CallRules } from './safety';
export { addToHistory, HISTORY_LIMIT, toHistoryEntry } from './history';
