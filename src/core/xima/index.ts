// The Xima Action API client. `node-transport` is deliberately not re-exported: it pulls in undici,
// which the Electron app (it passes `net.fetch`) and the CLI's offline commands do not need.
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
export {
  isLoopbackHostname,
  normalizeHost,
  resolveBaseUrl,
  validateExtension,
  validateHost,
  type BaseUrlResult,
} from './base-url';
