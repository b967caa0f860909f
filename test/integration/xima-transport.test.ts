import { describe, expect, it } from 'vitest';
import { createNodeTransport } from '../../src/cli/node-transport';
import { createXimaClient } from '../../src/core/xima/client';
import type { XimaApi } from '../../src/core/xima/types';
import { eventually } from '../support/eventually';
import { useRedirectingTenant } from '../support/redirecting-tenant';
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
    ['a stalled 2xx body (the status is the answer)', { kind: 'stall' }, true],
    ['a stalled error body', { kind: 'stall', status: 503 }, 'server'],
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

  it.each([301, 302, 307, 308])('refuses a %i redirect with the one redirect sentence', async (status) => {
    sim().script('click-to-dial', { kind: 'status', status, body: null });
    const result = await dial(client(protocol));
    expect(result.ok || result.error).toMatchObject({ kind: 'server', status });
    expect(result.ok || result.error.message).toMatch(
      /answered with a redirect, which this app never follows/,
    );
    expect(sim().requests).toHaveLength(1);
    expect(sim().state.placedCalls).toHaveLength(0);
  });
});

describe('a redirect with a Location', () => {
  const servers = useRedirectingTenant();

  it('is not followed: the host it points to receives nothing', async () => {
    const { tenant, elsewhere } = servers();
    const transport = createNodeTransport();
    const c = createXimaClient({ baseUrl: tenant.url, extension: '1001', token: 'tok-123', transport });
    const result = await dial(c);
    await transport.close();
    expect(result.ok || result.error.message).toMatch(/answered with a redirect/);
    expect(tenant.requests).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
  });
});

describe('warming up', () => {
  it('opens the connection and sends no request; the dial after it uses that connection', async () => {
    const c = client('https');
    await c.warmUp();
    await eventually(() => sim().connections === 1);
    expect(sim().requests).toEqual([]);
    expect((await dial(c)).ok).toBe(true);
    expect(sim().connections).toBe(1);
    expect(sim().requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('a dial pressed while the handshake is under way waits for it instead of opening a second one', async () => {
    const c = client('https');
    void c.warmUp();
    expect((await dial(c)).ok).toBe(true);
    expect(sim().connections).toBe(1);
  });

  it('a warm-up with the connection already open opens nothing more', async () => {
    const c = client('https');
    expect((await dial(c)).ok).toBe(true);
    await c.warmUp();
    await c.warmUp();
    expect((await dial(c)).ok).toBe(true);
    expect(sim().connections).toBe(1);
    expect(sim().requests.map((r) => r.method)).toEqual(['POST', 'POST']);
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
