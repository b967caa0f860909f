import { describe, expect, it } from 'vitest';
import type { XimaApi } from '../../src/core/xima/types';
import { useSimulator } from '../support/simulator';
import { useXimaClients } from '../support/xima-clients';

const sim = useSimulator();
const client = useXimaClients(sim, { timeoutMs: 5_000, getRetry: { attempts: 1 } });

const MiB = 1024 * 1024;
const HOSTILE_BYTES = 200 * MiB;
/** Far below the 200 MB offered, with room for what the loopback socket buffers hold. */
const STOPPED_BELOW = 16 * MiB;

const dial = (c: XimaApi) => c.clickToDial({ numberToDial: '3855551234', useSelectedOutboundCallerId: true });
const sentBytes = () => sim().requests.at(-1)?.bodyBytesSent ?? Number.NaN;

describe.each(['http', 'https'] as const)('a hostile answer over %s cannot exhaust memory', (protocol) => {
  it('a 200 MB caller-ID list is stopped past the limit, with a sentence', async () => {
    sim().script('outbound-caller-ids', { kind: 'huge-body', bytes: HOSTILE_BYTES });
    const result = await client(protocol).listCallerIds();
    expect(result.ok || result.error).toMatchObject({ kind: 'server', status: null });
    expect(result.ok || result.error.message).toContain('sent an answer larger than 4 MB');
    expect(result.ok || result.error.message).toContain('so it was not read');
    expect(sentBytes()).toBeLessThan(STOPPED_BELOW);
  });

  it('a declared 200 MB body is refused from its Content-Length before any is read', async () => {
    sim().script('outbound-caller-ids', { kind: 'huge-body', bytes: HOSTILE_BYTES, declared: true });
    const result = await client(protocol).listCallerIds();
    expect(result.ok || result.error.message).toContain('larger than 4 MB');
    expect(sentBytes()).toBeLessThan(STOPPED_BELOW);
  });

  it('a 200 MB error body still gives the status, and its read is stopped', async () => {
    sim().script('outbound-caller-ids', { kind: 'huge-body', bytes: HOSTILE_BYTES, status: 400 });
    const result = await client(protocol).listCallerIds();
    expect(result.ok || result.error).toMatchObject({ kind: 'rejected', status: 400 });
    expect(sentBytes()).toBeLessThan(STOPPED_BELOW);
  });

  it('a dial answered 200 with a 200 MB body is placed, and the body is not read', async () => {
    sim().script('click-to-dial', { kind: 'huge-body', bytes: HOSTILE_BYTES });
    expect((await dial(client(protocol))).ok).toBe(true);
    expect(sentBytes()).toBeLessThan(STOPPED_BELOW);
  });
});

describe('the status of a POST is its answer', () => {
  it('a 2xx whose body stalls is a placed call, not a timeout', async () => {
    sim().script('click-to-dial', { kind: 'stall', status: 200 });
    const result = await dial(client('http', { timeoutMs: 400 }));
    expect(result.ok).toBe(true);
  });

  it('a caller-ID switch answered 200 with a stalled body succeeded', async () => {
    sim().script('selected-outbound-caller-id', { kind: 'stall', status: 200 });
    const result = await client('https', { timeoutMs: 400 }).selectCallerId({
      label: 'Support Line',
      outboundCallerId: '8015550111',
    });
    expect(result.ok).toBe(true);
  });

  it('the connection stays usable for the next dial after a 204', async () => {
    const c = client('http');
    expect((await dial(c)).ok).toBe(true);
    expect((await dial(c)).ok).toBe(true);
    expect(sim().connections).toBe(1);
  });
});

describe('a caller-ID list of 40,000 entries', () => {
  it('is de-duplicated and cut to the first 500', async () => {
    sim().script('outbound-caller-ids', { kind: 'many-caller-ids', count: 40_000 });
    const result = await client('http').listCallerIds();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.callerIds).toHaveLength(500);
    expect(result.value.truncated).toBe(true);
    expect(result.value.callerIds.slice(0, 2)).toEqual([
      { label: 'Line 0', outboundCallerId: '8010000000' },
      { label: 'Line 1', outboundCallerId: '8010000001' },
    ]);
  });
});

describe('Retry-After', () => {
  it('a 400-digit Retry-After reads as "tomorrow", never "Infinity"', async () => {
    sim().script('click-to-dial', { kind: 'status', status: 429, retryAfter: '9'.repeat(400) });
    const result = await dial(client('http'));
    expect(result.ok || result.error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 86_400_000 });
    expect(result.ok || result.error.message).toContain('try again tomorrow');
    expect(result.ok || result.error.message).not.toContain('Infinity');
  });
});
