import { describe, expect, it } from 'vitest';
import { createXimaClient } from '../../src/core/xima/client';
import type { XimaClientConfig } from '../../src/core/xima/types';
import { postsTo, useSimulator } from '../support/simulator';
import { useXimaClients } from '../support/xima-clients';

const sim = useSimulator();
const clientFor = useXimaClients(sim, { timeoutMs: 3000 });

const sales = { label: 'Sales Desk', outboundCallerId: '8015550100' };
const support = { label: 'Support Line', outboundCallerId: '8015550111' };

describe.each(['http', 'https'] as const)('the four endpoints over %s', (protocol) => {
  it('lists the caller IDs with the selected one', async () => {
    const result = await clientFor(protocol).listCallerIds();
    expect(result).toEqual({
      ok: true,
      value: { selected: sales, callerIds: [sales, support], truncated: false },
    });
    expect(sim().requests.at(-1)?.protocol).toBe(protocol);
  });

  it('dials with exactly the fields asked for, and the simulator places one call', async () => {
    const client = clientFor(protocol);
    expect(await client.clickToDial({ numberToDial: '3855551234' })).toEqual({ ok: true, value: undefined });
    expect(
      await client.clickToDial({ numberToDial: '3855551234', useSelectedOutboundCallerId: true }),
    ).toMatchObject({ ok: true });
    expect(
      await client.clickToDial({ numberToDial: '2051', outboundCallerId: '8015550111', externalPrefix: '9' }),
    ).toMatchObject({
      ok: true,
    });
    expect(postsTo(sim(), '/click-to-dial').map((r) => r.body)).toEqual([
      { numberToDial: '3855551234' },
      { numberToDial: '3855551234', useSelectedOutboundCallerId: true },
      { numberToDial: '2051', outboundCallerId: '8015550111', externalPrefix: '9' },
    ]);
    expect(sim().state.placedCalls.map((c) => [c.numberToDial, c.callerId, c.externalPrefix])).toEqual([
      ['3855551234', null, null],
      ['3855551234', '8015550100', null],
      ['2051', '8015550111', '9'],
    ]);
  });

  it('never sends empty optional fields', async () => {
    await clientFor(protocol).clickToDial({
      numberToDial: '3855551234',
      outboundCallerId: '',
      externalPrefix: '',
    });
    expect(postsTo(sim(), '/click-to-dial')[0]?.body).toEqual({ numberToDial: '3855551234' });
  });

  it('selects a caller ID, and the selection changes in Xima', async () => {
    const client = clientFor(protocol);
    expect(await client.selectCallerId(support)).toEqual({ ok: true, value: undefined });
    expect(sim().state.getSelectedCallerId(sim().extension)).toEqual(support);
    const list = await client.listCallerIds();
    expect(list.ok && list.value.selected).toEqual(support);
  });

  it('schedules a callback into the skill queue', async () => {
    expect(
      await clientFor(protocol).scheduleCallback({ skill: 'Online Requests', callbackNumber: '3855551234' }),
    ).toEqual({
      ok: true,
      value: undefined,
    });
    expect(sim().state.callbacks).toMatchObject([{ skill: 'Online Requests', callbackNumber: '3855551234' }]);
  });

  it('sends the bearer token and JSON, and the request log keeps the token out', async () => {
    await clientFor(protocol).clickToDial({ numberToDial: '3855551234' });
    const request = postsTo(sim(), '/click-to-dial')[0];
    expect(request?.headers.authorization).toBe('Bearer [redacted]');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.stringify(sim().requests)).not.toContain(sim().token);
  });

  it('reuses one warm keep-alive connection for many calls', async () => {
    const client = clientFor(protocol);
    await client.warmUp();
    expect(sim().connections).toBe(1);
    for (let i = 0; i < 20; i += 1) {
      await client.clickToDial({ numberToDial: '3855551234' });
      await client.listCallerIds();
    }
    await client.warmUp();
    expect(sim().connections).toBe(1);
    expect(sim().state.placedCalls).toHaveLength(20);
  });
});

describe('what Xima refuses, as errors an agent can act on', () => {
  it('401 after an admin refreshed the token, with the exact sentence and no token in it', async () => {
    const old = sim().token;
    sim().state.refreshToken(old);
    const result = await clientFor('https').listCallerIds();
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'auth',
        status: 401,
        retryAfterMs: null,
        message:
          'The Xima token was rejected — it may have been refreshed by an admin; paste the new one in Settings',
      },
    });
  });

  it('a refreshed token works at once', async () => {
    const fresh = sim().state.refreshToken(sim().token);
    expect((await clientFor('http', { token: fresh }).listCallerIds()).ok).toBe(true);
  });

  it('403 for a service user without CCaaS access', async () => {
    sim().state.addToken('no-access-token', { access: false });
    const result = await clientFor('http', { token: 'no-access-token' }).clickToDial({
      numberToDial: '3855551234',
    });
    expect(result.ok || result.error).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(sim().state.placedCalls).toHaveLength(0);
  });

  it('404 for an unknown extension names it', async () => {
    const result = await clientFor('http', { extension: '9999' }).listCallerIds();
    expect(result.ok || result.error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(result.ok || result.error.message).toContain('extension 9999');
  });

  it('400 for an agent who is not logged in, an unregistered caller ID, an unknown skill', async () => {
    sim().state.setLoggedIn(sim().extension, false);
    const client = clientFor('http');
    const notLoggedIn = await client.clickToDial({ numberToDial: '3855551234' });
    expect(notLoggedIn.ok || notLoggedIn.error.message).toContain('not logged into the CC-Agent Client');
    sim().state.setLoggedIn(sim().extension, true);
    const badCallerId = await client.clickToDial({
      numberToDial: '3855551234',
      outboundCallerId: '8015559999',
    });
    expect(badCallerId.ok || badCallerId.error).toMatchObject({ kind: 'rejected', status: 400 });
    const badSelect = await client.selectCallerId({ label: 'Support Line', outboundCallerId: '8015550100' });
    expect(badSelect.ok || badSelect.error.kind).toBe('rejected');
    const badSkill = await client.scheduleCallback({
      skill: 'online requests',
      callbackNumber: '3855551234',
    });
    expect(badSkill.ok || badSkill.error.message).toContain('No skill is named exactly "online requests"');
    expect(sim().state.placedCalls).toHaveLength(0);
    expect(sim().state.callbacks).toHaveLength(0);
    expect(sim().state.getSelectedCallerId(sim().extension)).toEqual(sales);
  });

  it('a caller-ID list without a selection or entries is shown, not a crash', async () => {
    sim().state.setCallerIds(sim().extension, [], null);
    expect(await clientFor('http').listCallerIds()).toEqual({
      ok: true,
      value: { selected: null, callerIds: [], truncated: false },
    });
  });

  it('an unreachable tenant is a network error that names the host', async () => {
    const closed = await import('../../src/simulator/index').then((m) => m.startSimulator({ https: false }));
    const baseUrl = closed.baseUrl;
    await closed.close();
    const result = await clientFor('http', { baseUrl }).clickToDial({ numberToDial: '3855551234' });
    expect(result.ok || result.error).toMatchObject({ kind: 'network', status: null });
    expect(result.ok || result.error.message).toContain('the connection was refused');
  });

  it('an untrusted certificate is refused before anything is sent', async () => {
    const client = clientFor('https', {}, { trust: false });
    const result = await client.clickToDial({ numberToDial: '3855551234' });
    expect(result.ok || result.error.message).toContain('certificate is not trusted');
    expect(sim().requests).toHaveLength(0);
  });

  it('refuses a bad configuration before any request', () => {
    const transport = { fetch: () => Promise.reject(new Error('must not be called')) };
    const make = (c: Partial<XimaClientConfig>) => () =>
      createXimaClient({
        baseUrl: 'https://acme.xima.cloud',
        extension: '1001',
        token: 'abc',
        transport,
        ...c,
      });
    expect(make({ extension: '10/01' })).toThrow(/only letters and digits/);
    expect(make({ baseUrl: 'http://acme.xima.cloud' })).toThrow(/only to this computer/);
    expect(make({ token: 'abc\r\nX-Evil: 1' })).toThrow(/missing or malformed/);
    expect(make({ token: 'abc\r\nX-Evil: 1' })).not.toThrow(/abc/);
  });
});
