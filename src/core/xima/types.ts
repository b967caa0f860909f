import type { CallerId } from '../../shared/settings-schema';

/**
 * A `fetch`-compatible transport: Electron's `net.fetch` in the app, undici's fetch with a keep-alive
 * agent in the CLI, tests and benchmark.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type XimaErrorKind =
  'auth' | 'forbidden' | 'rejected' | 'not-found' | 'rate-limited' | 'timeout' | 'network' | 'server';

export interface XimaError {
  kind: XimaErrorKind;
  /** One human sentence with a way forward; never contains the token. */
  message: string;
  /** HTTP status when there was one. */
  status: number | null;
  /** For `rate-limited`: how long Xima asked us to wait. */
  retryAfterMs: number | null;
}

export type XimaResult<T> = { ok: true; value: T } | { ok: false; error: XimaError };

export interface CallerIdList {
  selected: CallerId | null;
  callerIds: CallerId[];
}

export interface ClickToDialRequest {
  numberToDial: string;
  /** Exactly one of these two may be given; neither means Xima's default for the agent. */
  outboundCallerId?: string;
  useSelectedOutboundCallerId?: true;
  externalPrefix?: string;
}

export interface CallbackRequest {
  skill: string;
  callbackNumber: string;
}

/** The four Action API endpoints. Methods never reject: every failure is an `XimaError`. */
export interface XimaApi {
  clickToDial(request: ClickToDialRequest): Promise<XimaResult<void>>;
  listCallerIds(): Promise<XimaResult<CallerIdList>>;
  selectCallerId(callerId: CallerId): Promise<XimaResult<void>>;
  scheduleCallback(request: CallbackRequest): Promise<XimaResult<void>>;
  /** Opens (or keeps) the warm connection to the tenant; cheap when already open. */
  warmUp(): Promise<void>;
}
