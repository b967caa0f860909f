import { describe, expect, it } from 'vitest';
import type { XimaApi, XimaClientConfig } from '../../src/core/xima/types';
import { postsTo, useSimulator } from '../support/simulator';
import { useXimaClients } from '../support/xima-clients';

const sim = useSimulator();
const client = useXimaClients(sim, { timeoutMs: 400 });

/** A clock whose sleeps return at once but are recorded, so retry waits are checked without waiting. */
function recordingClock(): { sleeps: number[]; clock: NonNullable<XimaClientConfig['clock']> } {
  const sleeps: number[] = [];
  return { sleeps, clock: { now: () => Date.now(), sleep: async (ms) => void sleeps.push(ms) } };
}

const dial = (c: XimaApi) => c.clickToDial({ numberToDial: '3855551234', useSelectedOutboundCallerId: true });
const gets = () => sim().requests.filter((r) => r.method === 'GET');

describe.each(['http', 'https'] as const)(
  'scripted failures over %s: a POST goes out exactly once',
  (protocol) => {
    it('5xx is a server error and the dial is not repeated', async () => {
      sim().script('click-to-dial', { kind: 'status', status: 503, times: 1 });
      const result = await dial(client(protocol));
      expect(result.ok || result.error).toMatchObject({ kind: 'server', status: 503 });
      expect(result.ok || result.error.message).toContain('may or may not have started');
      expect(postsTo(sim(), '/click-to-dial')).toHaveLength(1);
    });

    it('429 with Retry-After is rate-limited with the wait, and the dial is not repeated', async () => {
      sim().script('click-to-dial', { kind: 'status', status: 429, retryAfter: 7 });
      const result = await dial(client(protocol));
      expect(result.ok || result.error).toMatchObject({
        kind: 'rate-limited',
        status: 429,
        retryAfterMs: 7000,
      });
      expect(result.ok || result.error.message).toContain('try again in 7 seconds');
      expect(postsTo(sim(), '/click-to-dial')).toHaveLength(1);
    });

    it('a delay beyond the deadline is a timeout; the late effect still happens once', async () => {
      sim().script('click-to-dial', { kind: 'delay', ms: 800, times: 1 });
      const result = await dial(client(protocol));
      expect(result.ok || result.error).toMatchObject({ kind: 'timeout', status: null });
      expect(result.ok || result.error.message).toContain('check the CC-Agent Client before dialing again');
      expect(postsTo(sim(), '/click-to-dial')).toHaveLength(1);
    });

    it('a delay within the deadline just succeeds', async () => {
      sim().script('click-to-dial', { kind: 'delay', ms: 50, times: 1 });
      expect((await dial(client(protocol))).ok).toBe(true);
      expect(sim().state.placedCalls).toHaveLength(1);
    });

    it('a hang is a timeout, not repeated even when the call was placed', async () => {
      sim().script('click-to-dial', { kind: 'hang', effect: true, times: 1 });
      const result = await dial(client(protocol));
      expect(result.ok || result.error.kind).toBe('timeout');
      expect(postsTo(sim(), '/click-to-dial')).toHaveLength(1);
      expect(sim().state.placedCalls).toHaveLength(1);
    });

    it('a dropped connection is a network error, not repeated', async () => {
      sim().script('click-to-dial', { kind: 'drop', effect: true, times: 1 });
      const result = await dial(client(protocol));
      expect(result.ok || result.error).toMatchObject({ kind: 'network', status: null });
      expect(result.ok || result.error.message).toContain('may or may not have started');
      expect(postsTo(sim(), '/click-to-dial')).toHaveLength(1);
    });

    it('the deadline covers the body: a stalled body is a timeout', async () => {
      sim().script('outbound-caller-ids', { kind: 'stall' });
      const result = await client(protocol, { getRetry: { attempts: 1 } }).listCallerIds();
      expect(result.ok || result.error.kind).toBe('timeout');
    });

    it('a redirect is not followed (the token stays with the tenant)', async () => {
      sim().script('click-to-dial', { kind: 'status', status: 302, body: null });
      const result = await dial(client(protocol));
      expect(result.ok || result.error).toMatchObject({ kind: 'server', status: 302 });
      expect(result.ok || result.error.message).toContain(
        'answered with a redirect, which this app never follows',
      );
      expect(sim().requests).toHaveLength(1);
    });

    it('select caller ID and callback are never repeated either', async () => {
      sim().script('selected-outbound-caller-id', { kind: 'drop' });
      sim().script('callback', { kind: 'status', status: 500 });
      const c = client(protocol);
      expect((await c.selectCallerId({ label: 'Support Line', outboundCallerId: '8015550111' })).ok).toBe(
        false,
      );
      expect((await c.scheduleCallback({ skill: 'Online Requests', callbackNumber: '3855551234' })).ok).toBe(
        false,
      );
      expect(postsTo(sim(), '/selected-outbound-caller-id')).toHaveLength(1);
      expect(postsTo(sim(), '/callback')).toHaveLength(1);
    });
  },
);

describe('GETs retry, bounded', () => {
  it('on 429, honouring Retry-After in seconds', async () => {
    const { sleeps, clock } = recordingClock();
    sim().script('outbound-caller-ids', { kind: 'status', status: 429, retryAfter: 2, times: 1 });
    const result = await client('http', { clock }).listCallerIds();
    expect(result.ok).toBe(true);
    expect(sleeps).toEqual([2000]);
    expect(gets()).toHaveLength(2);
  });

  it('on 429, honouring Retry-After as an HTTP date', async () => {
    const { sleeps, clock } = recordingClock();
    const at = new Date(Date.now() + 3000).toUTCString();
    sim().script('outbound-caller-ids', { kind: 'status', status: 429, retryAfter: at, times: 1 });
    expect((await client('http', { clock }).listCallerIds()).ok).toBe(true);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(0);
    expect(sleeps[0]).toBeLessThanOrEqual(3000);
  });

  it('gives up after the bounded number of attempts', async () => {
    const { sleeps, clock } = recordingClock();
    sim().script('outbound-caller-ids', { kind: 'status', status: 429, retryAfter: 1 });
    const result = await client('http', { clock, getRetry: { attempts: 3 } }).listCallerIds();
    expect(result.ok || result.error.kind).toBe('rate-limited');
    expect(gets()).toHaveLength(3);
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('does not wait for a Retry-After beyond the cap', async () => {
    const { sleeps, clock } = recordingClock();
    sim().script('outbound-caller-ids', { kind: 'status', status: 429, retryAfter: 3600 });
    const result = await client('http', { clock }).listCallerIds();
    expect(result.ok || result.error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3_600_000 });
    expect(sleeps).toEqual([]);
    expect(gets()).toHaveLength(1);
  });

  it('on a dropped connection, then succeeds on a new one', async () => {
    const { sleeps, clock } = recordingClock();
    sim().script('outbound-caller-ids', { kind: 'drop', times: 2 });
    const result = await client('https', { clock }).listCallerIds();
    expect(result.ok).toBe(true);
    expect(gets()).toHaveLength(3);
    expect(sleeps).toEqual([200, 400]);
  });

  it('not on 401, 404 or 5xx', async () => {
    const { sleeps, clock } = recordingClock();
    sim().script('outbound-caller-ids', { kind: 'status', status: 500 });
    expect((await client('http', { clock }).listCallerIds()).ok).toBe(false);
    sim().clearScripts();
    expect((await client('http', { clock, token: 'wrong' }).listCallerIds()).ok).toBe(false);
    expect((await client('http', { clock, extension: '404' }).listCallerIds()).ok).toBe(false);
    expect(gets()).toHaveLength(3);
    expect(sleeps).toEqual([]);
  });
});

describe('a rate limit of N requests per window', () => {
  it('answers 429 with Retry-After beyond N, for POSTs without any retry', async () => {
    sim().script('click-to-dial', { kind: 'rate-limit', limit: 3, windowMs: 60_000 });
    const c = client('http');
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await dial(c));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    const last = results[4];
    expect(last?.ok || last?.error).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(last?.ok || (last?.error.retryAfterMs ?? 0) > 0).toBe(true);
    expect(postsTo(sim(), '/click-to-dial')).toHaveLength(5);
    expect(sim().state.placedCalls).toHaveLength(3);
  });
});

describe('the token never leaks', () => {
  it('is absent from every error message of every failure kind', async () => {
    const token = 'MARKER-TOKEN-7f3a9c';
    sim().state.addToken(token);
    const c = client('http', { token, getRetry: { attempts: 1 } });
    const messages: string[] = [];
    const scripts = [
      { kind: 'status', status: 400, body: { error: `bad token ${token}` } },
      { kind: 'status', status: 503 },
      { kind: 'status', status: 429, retryAfter: 1 },
      { kind: 'hang' },
      { kind: 'drop' },
    ] as const;
    for (const failure of scripts) {
      sim().clearScripts();
      sim().script('*', failure);
      const results = [await dial(c), await c.listCallerIds()];
      for (const r of results) if (!r.ok) messages.push(r.error.message);
    }
    sim().clearScripts();
    sim().state.revokeToken(token);
    const auth = await dial(c);
    if (!auth.ok) messages.push(auth.error.message);
    expect(messages.length).toBeGreaterThanOrEqual(11);
    for (const message of messages) expect(message).not.toContain(token);
    expect(JSON.stringify(sim().requests)).not.toContain(token);
  });
});
