import type { Clock } from '../clock';
import type { CallerId } from '../../shared/settings-schema';

/**
 * A `fetch`-compatible transport: Electron's `net.fetch` in the app, undici's fetch with a keep-alive
 * agent in the CLI, tests and benchmark.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** How requests reach Xima: a fetch, plus an optional way to open the connection ahead of time. */
export interface XimaTransport {
  fetch: FetchLike;
  /** Opens (DNS + TCP + TLS) a connection to `origin` and keeps it warm; must never reject. */
  preconnect?(origin: string): Promise<void>;
}

export interface XimaClientConfig {
  /** An already resolved base URL (see `resolveBaseUrl`), e.g. `https://acme.xima.cloud`. */
  baseUrl: string;
  /** Letters and digits only (see `validateExtension`). */
  extension: string;
  /** The service user's bearer token; never logged, never in an error. */
  token: string;
  transport: XimaTransport;
  /** Deadline for one whole exchange, body included (default 10 000 ms). */
  timeoutMs?: number;
  /** GET retries on 429 and network errors; POSTs are never retried. */
  getRetry?: {
    /** Attempts in total, including the first (default 3). */
    attempts?: number;
    /** A Retry-After longer than this is not waited for: the error is returned (default 5 000 ms). */
    maxRetryAfterMs?: number;
    /** Wait before retrying a network error or a 429 without Retry-After; doubles each time (default 200 ms). */
    backoffMs?: number;
  };
  /** Injected clock for tests; defaults to the real one. */
  clock?: Clock;
}

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
  /** Xima listed more caller IDs than the app keeps (`MAX_CALLER_IDS`); the rest were left out. */
  truncated: boolean;
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
