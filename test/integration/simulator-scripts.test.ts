import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { startSimulator, type SimFailure } from '../../src/simulator/index';
import { useSimulator } from '../support/simulator';

const sim = useSimulator();

/** A fresh connection per request, so a dropped or hung one does not affect the next. */
function get(
  path: string,
  timeoutMs = 1000,
): Promise<{ status: number | 'dropped' | 'timeout'; retryAfter: string | null }> {
  return new Promise((resolve) => {
    const req = http.get(
      sim().baseUrl + path,
      { agent: false, headers: { authorization: `Bearer ${sim().token}` } },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: (res.headers['retry-after'] as string) ?? null,
          }),
        );
        res.on('error', () => resolve({ status: 'dropped', retryAfter: null }));
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve({ status: 'timeout', retryAfter: null });
    });
    req.on('error', () => resolve({ status: 'dropped', retryAfter: null }));
  });
}

const LIST = '/rest/api/v1/agents/1001/outbound-caller-ids';

describe('scripted failures', () => {
  it('any status with Retry-After, for a limited number of requests', async () => {
    sim().script('outbound-caller-ids', { kind: 'status', status: 429, retryAfter: 5, times: 2 });
    expect(await get(LIST)).toEqual({ status: 429, retryAfter: '5' });
    expect(await get(LIST)).toEqual({ status: 429, retryAfter: '5' });
    expect((await get(LIST)).status).toBe(200);
  });

  it('scripts apply per route, and * applies to every route', async () => {
    sim().script('click-to-dial', { kind: 'status', status: 500 });
    expect((await get(LIST)).status).toBe(200);
    sim().script('*', { kind: 'status', status: 502 });
    expect((await get(LIST)).status).toBe(502);
    sim().clearScripts();
    expect((await get(LIST)).status).toBe(200);
  });

  it('a hang never answers; a drop closes the connection', async () => {
    sim().script('outbound-caller-ids', { kind: 'hang', times: 1 });
    expect((await get(LIST, 300)).status).toBe('timeout');
    sim().script('outbound-caller-ids', { kind: 'drop', times: 1 });
    expect((await get(LIST)).status).toBe('dropped');
    expect(sim().requests.map((r) => r.outcome)).toEqual(['hung', 'dropped']);
  });

  it('a rate limit of N per window answers 429 beyond N', async () => {
    sim().script('outbound-caller-ids', { kind: 'rate-limit', limit: 2, windowMs: 30_000 });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push(await get(LIST));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 429, 429]);
    expect(Number(statuses[3]?.retryAfter)).toBeGreaterThan(0);
  });

  it('chaos with the same seed replays the same failures', async () => {
    const chaos: SimFailure = {
      kind: 'chaos',
      seed: 42,
      p429: 0.2,
      p5xx: 0.2,
      pDelay: 0.2,
      delayMs: 5,
      pDrop: 0.2,
    };
    const run = async (): Promise<Array<number | string>> => {
      sim().reset();
      sim().script('outbound-caller-ids', chaos);
      const out: Array<number | string> = [];
      for (let i = 0; i < 30; i += 1) out.push((await get(LIST)).status);
      return out;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThanOrEqual(4);
  });

  it('reset restores the seed and forgets scripts, requests and connections', async () => {
    sim().state.setLoggedIn('1001', false);
    sim().script('*', { kind: 'status', status: 500 });
    await get(LIST);
    sim().reset();
    expect(sim().state.getAgent('1001')?.loggedIn).toBe(true);
    expect(sim().requests).toEqual([]);
    expect(sim().connections).toBe(0);
    expect((await get(LIST)).status).toBe(200);
  });

  it('close() ends hung requests too', async () => {
    const other = await startSimulator({ https: false });
    other.script('*', { kind: 'hang' });
    const pending = fetch(`${other.baseUrl}/`, { method: 'HEAD' }).then(
      () => 'answered',
      () => 'closed',
    );
    await new Promise((r) => setTimeout(r, 50));
    await other.close();
    expect(await pending).toBe('closed');
  });
});
