// The Xima Action API client. The transports live with their users: Chromium's in src/main/adapters,
// undici's in src/cli (the CLI, scripts and tests), so core never loads undici.
export type {
  CallbackRequest,
  CallerIdList,
  ClickToDialRequest,
  FetchLike,
  XimaApi,
  XimaClientConfig,
  XimaError,
  XimaErrorKind,
  XimaResult,
  XimaTransport,
} from './types';
export { createXimaClient, XimaConfigError } from './client';
export { TOKEN_REJECTED_MESSAGE } from './errors';
export { isRedirect, RedirectRefused } from './redirect-refused';
export {
  isLoopbackHostname,
  normalizeHost,
  resolveBaseUrl,
  validateExtension,
  validateHost,
  type BaseUrlResult,
} from './base-url';
