import { describe, expect, it } from 'vitest';
import type { XimaApi } from '../../src/core/xima/types';
import { postsTo, useSimulator } from '../support/simulator';
import { useXimaClients } from '../support/xima-clients';

// The Node transport is undici's dispatcher API, not fetch: these check that every failure path
// still ends cleanly AND leaves the transport usable for the agent's next dial.
const sim = useSimulator();
const client = useXimaClients(sim, { timeoutMs: 400, getRetry: { attempts: 1 } });

const dial = (c: XimaApi) => c.clickToDial({ numberToDial: '3855551234' });

describe.each(['http', 'https'] as const)('the node transport over %s', (protocol) => {
  it.each([
    ['a hang', { kind: 'hang' }, 'timeout'],
    ['a stalled body', { kind: 'stall' }, 'timeout'],
    ['a dropped connection', { kind: 'drop' }, 'network'],
    ['a 503', { kind: 'status', status: 503 }, 'server'],
  ] as const)('after %s the next dial goes out and succeeds', async (_, failure, kind) => {
    const c = client(protocol);
    sim().script('click-to-dial', { ...failure, times: 1 });
    const first = await dial(c);
    expect(first.ok || first.error.kind).toBe(kind);
    expect((await dial(c)).ok).toBe(true);
    expect(postsTo(sim(), '/click-to-dial')).toHaveLength(2);
    expect(sim().state.placedCalls).toHaveLength(1);
  });

  it('a stalled caller-ID list times out and the next list is read whole', async () => {
    const c = client(protocol);
    sim().script('outbound-caller-ids', { kind: 'stall', times: 1 });
    const first = await c.listCallerIds();
    expect(first.ok || first.error.kind).toBe('timeout');
    const second = await c.listCallerIds();
    expect(second.ok && second.value.callerIds.length).toBeGreaterThan(0);
  });

  it('reads Retry-After as an HTTP date through the transport', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    sim().script('click-to-dial', { kind: 'status', status: 429, retryAfter: at });
    const result = await dial(client(protocol));
    expect(result.ok || result.error.kind).toBe('rate-limited');
    expect(result.ok || result.error.retryAfterMs).toBeGreaterThan(20_000);
  });

  it.each([301, 307, 308])('does not follow a %i redirect, even with a Location', async (status) => {
    sim().script('click-to-dial', {
      kind: 'status',
      status,
      retryAfter: undefined,
      body: null,
    });
    const result = await dial(client(protocol));
    expect(result.ok || result.error.status).toBe(status);
    expect(sim().requests).toHaveLength(1);
  });
});

describe('warming up', () => {
  it('a warm-up the tenant never answers does not hold back the dial behind it', async () => {
    const c = client('http', { timeoutMs: 1000 });
    sim().script('head', { kind: 'hang', times: 1 });
    const warming = c.warmUp();
    const result = await dial(c);
    expect(result.ok).toBe(true);
    await warming;
  });

  it('a dial right after a warm-up uses the warmed connection', async () => {
    const c = client('https');
    await c.warmUp();
    expect((await dial(c)).ok).toBe(true);
    expect(sim().connections).toBe(1);
  });
});

describe('chaos', () => {
  it('every dial goes out exactly once and ends in a result with a sentence; the transport survives', async () => {
    const c = client('https', { timeoutMs: 250 });
    sim().script('click-to-dial', {
      kind: 'chaos',
      seed: 7,
      p429: 0.15,
      p5xx: 0.15,
      pDelay: 0.15,
      pHang: 0.1,
      pDrop: 0.15,
      delayMs: 20,
      retryAfter: 2,
    });
    const kinds = new Set<string>();
    for (let i = 0; i < 30; i += 1) {
      const result = await dial(c);
      kinds.add(result.ok ? 'ok' : result.error.kind);
      if (!result.ok) expect(result.error.message).toMatch(/^[A-Z].+ — .+[a-z]$/);
    }
    expect([...kinds].sort()).toEqual(['network', 'ok', 'rate-limited', 'server', 'timeout']);
    expect(postsTo(sim(), '/click-to-dial')).toHaveLength(30);
    sim().clearScripts();
    expect((await dial(c)).ok).toBe(true);
  });
});
