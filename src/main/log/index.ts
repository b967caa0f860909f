export { createSupportLog, LOG_FILE_NAME, type SupportLog, type SupportLogOptions } from './support-log';
export { redactFields, redactText } from './redact';
