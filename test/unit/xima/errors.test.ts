import { describe, expect, it } from 'vitest';
import {
  type ErrorContext,
  errorFromStatus,
  networkError,
  readDetail,
  timeoutError,
  TOKEN_REJECTED_MESSAGE,
} from '../../../src/core/xima/errors';
import { parseRetryAfter } from '../../../src/core/xima/retry-after';

const ctx = (operation: ErrorContext['operation']): ErrorContext => ({
  operation,
  host: 'acme.xima.cloud',
  extension: '1001',
  timeoutMs: 5000,
});

describe('errorFromStatus', () => {
  it.each([
    [400, 'rejected'],
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [405, 'rejected'],
    [429, 'rate-limited'],
    [500, 'server'],
    [503, 'server'],
    [509, 'server'],
  ] as const)('HTTP %i is %s', (status, kind) => {
    const error = errorFromStatus(status, null, null, ctx('dial'));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('says exactly what to do about a rejected token', () => {
    expect(errorFromStatus(401, null, 'whatever', ctx('list')).message).toBe(
      'The Xima token was rejected — it may have been refreshed by an admin; paste the new one in Settings',
    );
    expect(TOKEN_REJECTED_MESSAGE).toContain('paste the new one in Settings');
  });

  it('names the extension on a 404 for agent endpoints and the host for callbacks', () => {
    expect(errorFromStatus(404, null, null, ctx('dial')).message).toContain('extension 1001');
    expect(errorFromStatus(404, null, null, ctx('callback')).message).toContain('acme.xima.cloud');
  });

  it('includes Xima’s reason for a 400, with a next step for the operation', () => {
    const error = errorFromStatus(400, null, 'No skill is named exactly "X"', ctx('callback'));
    expect(error.message).toBe(
      'Xima refused the callback: No skill is named exactly "X" — check that the skill name matches a Xima skill exactly',
    );
  });

  it('tells how long to wait on 429 and keeps the wait', () => {
    const error = errorFromStatus(429, 3000, null, ctx('list'));
    expect(error.message).toContain('try again in 3 seconds');
    expect(error.retryAfterMs).toBe(3000);
    expect(errorFromStatus(429, null, null, ctx('list')).message).toContain('try again in a moment');
  });

  it('words a long wait in minutes, hours or "tomorrow", never "Infinity"', () => {
    const message = (ms: number) => errorFromStatus(429, ms, null, ctx('list')).message;
    expect(message(3_600_000)).toContain('try again in 60 minutes');
    expect(message(5 * 3_600_000)).toContain('try again in 5 hours');
    expect(message(parseRetryAfter('9'.repeat(400), Date.now()) ?? 0)).toContain('try again tomorrow');
    expect(message(Number.POSITIVE_INFINITY)).not.toContain('Infinity');
  });

  it('warns that a failed dial may have started the call', () => {
    expect(errorFromStatus(503, null, null, ctx('dial')).message).toContain('may or may not have started');
    expect(timeoutError(ctx('dial')).message).toContain('check the CC-Agent Client before dialing again');
    expect(timeoutError(ctx('list')).message).toBe(
      'Xima did not answer within 5 seconds — check your network connection and try again',
    );
  });
});

describe('networkError', () => {
  it('explains connection failures that certainly sent nothing', () => {
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    expect(networkError(refused, ctx('dial')).message).toBe(
      'Could not reach Xima at acme.xima.cloud: the connection was refused — check your network connection and the tenant host in Settings',
    );
    const cert = new TypeError('fetch failed', { cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
    expect(networkError(cert, ctx('list')).message).toContain('certificate is not trusted');
  });

  it('treats a lost connection during a dial as ambiguous', () => {
    const reset = new TypeError('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } });
    const error = networkError(reset, ctx('dial'));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('may or may not have started');
  });
});

describe('readDetail', () => {
  it('takes error/message strings, one line, and never the token', () => {
    expect(readDetail('{"error":"Bad thing.\\n"}', 'tok-9')).toBe('Bad thing');
    expect(readDetail('{"message":"token secret-123 is invalid"}', 'secret-123')).toBe(
      'token [token] is invalid',
    );
    expect(readDetail('<html>oops</html>', 't')).toBeNull();
    expect(readDetail('{"error":42}', 't')).toBeNull();
    expect(readDetail(JSON.stringify({ error: 'x'.repeat(500) }), 't')?.length).toBe(160);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  it.each([
    ['0', 0],
    ['2', 2000],
    ['120', 120_000],
    ['Sat, 21 Nov 2026 12:00:05 GMT', 5000],
    ['Sat, 21 Nov 2026 11:00:00 GMT', 0],
  ])('%j is %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it('caps a huge delay at a day, whatever its form', () => {
    expect(parseRetryAfter('9'.repeat(400), now)).toBe(86_400_000);
    expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', now)).toBe(86_400_000);
  });

  it.each([null, '', '-1', '1.5', 'soon', '12abc'])('%j is unreadable', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});
