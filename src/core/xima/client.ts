import { realClock } from '../clock';
import type { CallerId } from '../../shared/settings-schema';
import { tokenShapeProblem } from '../../shared/token-shape';
import { resolveBaseUrl, validateExtension } from './base-url';
import { parseCallerIdList } from './caller-id-list';
import {
  answerTooLarge,
  type ErrorContext,
  errorFromStatus,
  networkError,
  readDetail,
  redirectError,
  timeoutError,
  unreadableAnswer,
  type XimaOperation,
} from './errors';
import { MAX_ANSWER_BYTES, MAX_CALLER_ID_LIST_BYTES, readBounded, release } from './read-body';
import { RedirectRefused } from './redirect-refused';
import { parseRetryAfter } from './retry-after';
import type { XimaApi, XimaClientConfig, XimaError, XimaResult } from './types';

interface Answer {
  status: number;
  text: string;
}

type Exchange = { ok: true; value: Answer } | { ok: false; error: XimaError };

const DEFAULT_TIMEOUT_MS = 10_000;

/** Thrown by `createXimaClient` for a configuration that must not be used; the message is a sentence. */
export class XimaConfigError extends Error {
  override name = 'XimaConfigError';
}

export function createXimaClient(config: XimaClientConfig): XimaApi {
  const base = resolveBaseUrl({ baseUrl: config.baseUrl });
  if (!base.ok) throw new XimaConfigError(base.message);
  const extensionProblem = validateExtension(config.extension);
  if (extensionProblem) throw new XimaConfigError(extensionProblem);
  // A token with whitespace or control characters would corrupt the header (or inject another one).
  if (tokenShapeProblem(config.token) !== null) {
    throw new XimaConfigError('The Xima token is missing or malformed — paste it again in Settings');
  }

  const origin = base.url;
  const host = new URL(origin).host;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const clock = config.clock ?? realClock;
  const attempts = Math.max(1, config.getRetry?.attempts ?? 3);
  const maxRetryAfterMs = config.getRetry?.maxRetryAfterMs ?? 5_000;
  const backoffMs = config.getRetry?.backoffMs ?? 200;
  const agentPath = `/rest/api/v1/agents/${encodeURIComponent(config.extension)}`;
  const context = (operation: XimaOperation): ErrorContext => ({
    operation,
    host,
    extension: config.extension,
    timeoutMs,
  });

  /**
   * One request under one deadline; never throws. `read` is how much of a 2xx body is wanted: none for
   * the POSTs (a 2xx status is the answer, so a body that stalls or never ends changes nothing), up to
   * a limit for the caller-ID list. Error bodies are read, bounded, only for Xima's reason.
   */
  async function exchange(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    ctx: ErrorContext,
    read: number | 'none',
  ): Promise<Exchange> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    // Also race the deadline, in case a transport does not honour the abort signal while reading.
    const deadline = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new Error('deadline')), { once: true });
    });
    const headers: Record<string, string> = {
      Authorization: `Bearer ${config.token}`,
      Accept: 'application/json',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const response = await Promise.race([
        config.transport.fetch(origin + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: controller.signal,
        }),
        deadline,
      ]);
      if (response.status >= 200 && response.status < 300) {
        if (read === 'none') {
          release(response);
          return { ok: true, value: { status: response.status, text: '' } };
        }
        const text = await Promise.race([readBounded(response, read), deadline]);
        if (text === null) return { ok: false, error: answerTooLarge(read, ctx) };
        return { ok: true, value: { status: response.status, text } };
      }
      const status = response.status;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
      // The status already says what happened: a reason that is too long or never arrives is left out.
      const text = await Promise.race([readBounded(response, MAX_ANSWER_BYTES), deadline]).catch(() => null);
      const detail = text === null ? null : readDetail(text, config.token);
      return { ok: false, error: errorFromStatus(status, retryAfterMs, detail, ctx) };
    } catch (error) {
      if (error instanceof RedirectRefused) return { ok: false, error: redirectError(error.status, ctx) };
      return { ok: false, error: timedOut ? timeoutError(ctx) : networkError(error, ctx) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** POSTs go out exactly once: after an ambiguous failure a retry could dial twice. */
  async function post(path: string, body: unknown, operation: XimaOperation): Promise<XimaResult<void>> {
    const result = await exchange('POST', path, body, context(operation), 'none');
    return result.ok ? { ok: true, value: undefined } : result;
  }

  /** GETs are safe to repeat: on 429 (honouring a bounded Retry-After) and on network errors. */
  async function get(path: string, operation: XimaOperation): Promise<Exchange> {
    let result = await exchange('GET', path, undefined, context(operation), MAX_CALLER_ID_LIST_BYTES);
    for (let attempt = 1; attempt < attempts && !result.ok; attempt += 1) {
      const { kind, retryAfterMs } = result.error;
      const backoff = backoffMs * 2 ** (attempt - 1);
      if (kind === 'rate-limited') {
        const wait = retryAfterMs ?? backoff;
        if (wait > maxRetryAfterMs) break;
        await clock.sleep(wait);
      } else if (kind === 'network') {
        await clock.sleep(backoff);
      } else {
        break;
      }
      result = await exchange('GET', path, undefined, context(operation), MAX_CALLER_ID_LIST_BYTES);
    }
    return result;
  }

  return {
    clickToDial(request) {
      // The one place the dial body is shaped: only the fields asked for, never empty strings (Xima treats a
      // present field as a request), whoever built the request (the dial pipeline, the CLI).
      const body: Record<string, unknown> = { numberToDial: request.numberToDial };
      if (request.outboundCallerId) body.outboundCallerId = request.outboundCallerId;
      else if (request.useSelectedOutboundCallerId === true) body.useSelectedOutboundCallerId = true;
      if (request.externalPrefix) body.externalPrefix = request.externalPrefix;
      return post(`${agentPath}/click-to-dial`, body, 'dial');
    },

    async listCallerIds() {
      const result = await get(`${agentPath}/outbound-caller-ids`, 'list');
      if (!result.ok) return result;
      const list = parseCallerIdList(result.value.text);
      return list ? { ok: true, value: list } : { ok: false, error: unreadableAnswer(context('list')) };
    },

    selectCallerId(callerId: CallerId) {
      const body = { label: callerId.label, outboundCallerId: callerId.outboundCallerId };
      return post(`${agentPath}/selected-outbound-caller-id`, body, 'select');
    },

    scheduleCallback(request) {
      const body = { skill: request.skill, callbackNumber: request.callbackNumber };
      return post('/rest/api/v1/callback', body, 'callback');
    },

    async warmUp() {
      // Only the connection: no request reaches Xima for it (a transport without the hook does nothing).
      await config.transport.preconnect?.(origin).catch(() => undefined);
    },
  };
}
