import type { XimaError, XimaErrorKind } from './types';

/** What was being done, so the sentence can say what to do next. */
export type XimaOperation = 'dial' | 'list' | 'select' | 'callback';

export interface ErrorContext {
  operation: XimaOperation;
  host: string;
  extension: string;
  timeoutMs: number;
}

export const TOKEN_REJECTED_MESSAGE =
  'The Xima token was rejected — it may have been refreshed by an admin; paste the new one in Settings';

const isPost = (op: XimaOperation): boolean => op !== 'list';

/** After an ambiguous failure of a POST: it may have reached Xima, so say how to check before repeating. */
const AMBIGUOUS: Record<XimaOperation, string> = {
  dial: 'the call may or may not have started; check the CC-Agent Client before dialing again',
  select: 'refresh the caller-ID list to see whether it changed',
  callback: 'the callback may have been scheduled; check the queue before scheduling it again',
  list: 'check your network connection and try again',
};

const REFUSED: Record<XimaOperation, [string, string]> = {
  dial: [
    'Xima refused the call',
    'check the number, the caller ID and that you are logged into the CC-Agent Client',
  ],
  select: ['Xima refused that caller ID', 'refresh the caller-ID list and pick one from it'],
  callback: ['Xima refused the callback', 'check that the skill name matches a Xima skill exactly'],
  list: ['Xima refused the caller-ID request', 'check the extension in Settings'],
};

function make(
  kind: XimaErrorKind,
  message: string,
  status: number | null,
  retryAfterMs: number | null = null,
): XimaError {
  return { kind, message, status, retryAfterMs };
}

/** Maps an HTTP status that is not a success; `detail` is Xima's own short reason when it gave one. */
export function errorFromStatus(
  status: number,
  retryAfterMs: number | null,
  detail: string | null,
  ctx: ErrorContext,
): XimaError {
  if (status === 401) return make('auth', TOKEN_REJECTED_MESSAGE, status);
  if (status === 403) {
    return make(
      'forbidden',
      'The Xima token works but its service user has no access to Xima CCaaS — ask your Xima admin to grant it',
      status,
    );
  }
  if (status === 404) {
    const message =
      ctx.operation === 'callback'
        ? `Xima at ${ctx.host} has no callback API — check the tenant host in Settings`
        : `Xima has no agent with extension ${ctx.extension} — check the extension in Settings`;
    return make('not-found', message, status);
  }
  if (status === 429) {
    const wait = retryAfterMs !== null && retryAfterMs > 0 ? waitText(retryAfterMs) : 'try again in a moment';
    return make(
      'rate-limited',
      `Xima is limiting how fast requests may be sent — ${wait}`,
      status,
      retryAfterMs,
    );
  }
  if (status >= 500) {
    const next = isPost(ctx.operation) ? AMBIGUOUS[ctx.operation] : 'try again in a moment';
    return make('server', `Xima had a problem on its side (HTTP ${status}) — ${next}`, status);
  }
  const [what, next] = REFUSED[ctx.operation];
  const reason = detail ? `: ${detail}` : ` (HTTP ${status})`;
  return make('rejected', `${what}${reason} — ${next}`, status);
}

/** A redirect the transport refused to follow (see `RedirectRefused`); nothing went to another host. */
export function redirectError(status: number | null, ctx: ErrorContext): XimaError {
  return make(
    'server',
    `Xima at ${ctx.host} answered with a redirect, which this app never follows — check the tenant host in Settings`,
    status,
  );
}

/** "try again in 7 seconds", "… in 5 minutes", "… in 3 hours"; a wait of a day or more is "tomorrow". */
function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const count = (n: number, unit: string): string => `try again in ${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds <= 90) return count(seconds, 'second');
  if (seconds <= 90 * 60) return count(Math.ceil(seconds / 60), 'minute');
  if (seconds < 24 * 3600) return count(Math.ceil(seconds / 3600), 'hour');
  return 'try again tomorrow';
}

/** The body of a success that this app cannot read (e.g. a caller-ID list of the wrong shape). */
export function unreadableAnswer(ctx: ErrorContext): XimaError {
  return make(
    'server',
    `Xima at ${ctx.host} sent an answer this app does not understand — try again in a moment`,
    null,
  );
}

/** A 2xx answer past the read limit: the read was stopped, so memory stays bounded. */
export function answerTooLarge(limitBytes: number, ctx: ErrorContext): XimaError {
  const mib = Math.round(limitBytes / (1024 * 1024));
  return make(
    'server',
    `Xima at ${ctx.host} sent an answer larger than ${mib} MB, far more than any Xima answer needs, so it was not read — try again in a moment, and tell your Xima admin if it keeps happening`,
    null,
  );
}

export function timeoutError(ctx: ErrorContext): XimaError {
  const seconds = Math.round(ctx.timeoutMs / 100) / 10;
  const next = isPost(ctx.operation)
    ? AMBIGUOUS[ctx.operation]
    : 'check your network connection and try again';
  return make(
    'timeout',
    `Xima did not answer within ${seconds} second${seconds === 1 ? '' : 's'} — ${next}`,
    null,
  );
}

const UNSENT_CODES: Record<string, string> = {
  ENOTFOUND: 'the host name was not found',
  EAI_AGAIN: 'the host name could not be looked up',
  ECONNREFUSED: 'the connection was refused',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate is not trusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate is not trusted',
  CERT_HAS_EXPIRED: 'its certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for a different host',
};

/** Walks `cause` chains (undici wraps the socket error) for a Node error code. */
function errorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code in UNSENT_CODES) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** A failure without an HTTP answer. Connection setup failures certainly sent nothing; others may have. */
export function networkError(error: unknown, ctx: ErrorContext): XimaError {
  const code = errorCode(error);
  if (code) {
    const reason = UNSENT_CODES[code] ?? 'the connection failed';
    return make(
      'network',
      `Could not reach Xima at ${ctx.host}: ${reason} — check your network connection and the tenant host in Settings`,
      null,
    );
  }
  const next = isPost(ctx.operation)
    ? AMBIGUOUS[ctx.operation]
    : 'check your network connection and try again';
  return make('network', `The connection to Xima at ${ctx.host} was lost — ${next}`, null);
}

/** Xima's own reason from an error body, cleaned: short, one line, and never the token. */
export function readDetail(text: string, token: string): string | null {
  let detail: unknown = null;
  try {
    const body = JSON.parse(text) as unknown;
    if (body && typeof body === 'object') {
      const b = body as Record<string, unknown>;
      detail = b.error ?? b.message ?? b.detail ?? null;
    }
  } catch {
    return null;
  }
  if (typeof detail !== 'string') return null;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  let clean = detail.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  if (token !== '') clean = clean.split(token).join('[token]');
  clean = clean.replace(/[.\s]+$/, '');
  if (clean === '') return null;
  return clean.length > 160 ? `${clean.slice(0, 157)}...` : clean;
}
