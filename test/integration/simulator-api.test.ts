import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { useSimulator } from '../support/simulator';

const sim = useSimulator();

interface Sent {
  status: number;
  body: unknown;
}

async function send(
  method: string,
  path: string,
  options: { body?: string; token?: string | null; type?: string | null } = {},
): Promise<Sent> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? sim().token : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined && options.type !== null)
    headers['content-type'] = options.type ?? 'application/json';
  const response = await fetch(sim().baseUrl + path, { method, headers, body: options.body });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

const agentPath = (suffix: string, ext = '1001') => `/rest/api/v1/agents/${ext}/${suffix}`;
const dial = (body: unknown, ext?: string, token?: string) =>
  send('POST', agentPath('click-to-dial', ext), { body: JSON.stringify(body), token });

describe('the simulator enforces the documented rules', () => {
  it('answers HEAD / without a token (connection warm-up)', async () => {
    expect((await send('HEAD', '/', { token: null })).status).toBe(200);
  });

  it('401 without a bearer token, with a wrong one, or with another scheme', async () => {
    expect((await send('GET', agentPath('outbound-caller-ids'), { token: null })).status).toBe(401);
    expect((await send('GET', agentPath('outbound-caller-ids'), { token: 'nope' })).status).toBe(401);
    const basic = await fetch(sim().baseUrl + agentPath('outbound-caller-ids'), {
      headers: { authorization: `Basic ${sim().token}` },
    });
    expect(basic.status).toBe(401);
  });

  it('401 for a revoked token; the refreshed one works', async () => {
    const fresh = sim().state.refreshToken(sim().token);
    expect((await send('GET', agentPath('outbound-caller-ids'))).status).toBe(401);
    expect((await send('GET', agentPath('outbound-caller-ids'), { token: fresh })).status).toBe(200);
  });

  it('403 for a token whose service user has no access', async () => {
    sim().state.addToken('limited', { access: false });
    expect((await dial({ numberToDial: '3855551234' }, '1001', 'limited')).status).toBe(403);
    expect(sim().state.placedCalls).toHaveLength(0);
  });

  it('404 for an unknown agent or path, 405 for the wrong method', async () => {
    expect((await send('GET', agentPath('outbound-caller-ids', '4242'))).status).toBe(404);
    expect((await send('GET', '/rest/api/v1/nothing')).status).toBe(404);
    expect((await send('GET', agentPath('click-to-dial'))).status).toBe(405);
  });

  it.each([
    ['malformed JSON', '{"numberToDial":', 'Malformed JSON'],
    ['a JSON array', '[]', 'JSON object'],
    ['a missing field', '{}', 'Missing required field "numberToDial"'],
    ['a wrong type', '{"numberToDial":3855551234}', 'must be a string'],
    ['an empty numberToDial', '{"numberToDial":""}', 'must not be empty'],
    ['an empty externalPrefix', '{"numberToDial":"1","externalPrefix":""}', 'must not be empty'],
    ['a letter in the number', '{"numberToDial":"385-555"}', 'not a dialable number'],
    [
      'a misspelt field',
      '{"numberToDial":"1","outboundCallerID":"8015550100"}',
      'Unknown field "outboundCallerID"',
    ],
    [
      'useSelected as a string',
      '{"numberToDial":"1","useSelectedOutboundCallerId":"true"}',
      'must be a boolean',
    ],
    [
      'both caller-ID fields',
      '{"numberToDial":"1","outboundCallerId":"8015550100","useSelectedOutboundCallerId":true}',
      'not both',
    ],
    [
      'an unregistered caller ID',
      '{"numberToDial":"1","outboundCallerId":"8015550199"}',
      'not an outbound caller ID registered',
    ],
  ])('400 for click-to-dial with %s', async (_, body, message) => {
    const answer = await send('POST', agentPath('click-to-dial'), { body });
    expect(answer.status).toBe(400);
    expect((answer.body as { error: string }).error).toContain(message);
    expect(sim().state.placedCalls).toHaveLength(0);
  });

  it('400 without a JSON content type', async () => {
    const answer = await send('POST', agentPath('click-to-dial'), {
      body: '{"numberToDial":"1"}',
      type: 'text/plain',
    });
    expect(answer.status).toBe(400);
  });

  it('refuses click-to-dial (400) while the agent is not logged in', async () => {
    const answer = await dial({ numberToDial: '3855551234' }, '1002');
    expect(answer).toEqual({
      status: 400,
      body: { error: 'Agent 1002 is not logged into the CC-Agent Client.' },
    });
  });

  it('places a call with the caller ID it will present', async () => {
    expect((await dial({ numberToDial: '3855551234', useSelectedOutboundCallerId: true })).status).toBe(204);
    expect(
      (await dial({ numberToDial: '+442079460958', outboundCallerId: '8015550111', externalPrefix: '9' }))
        .status,
    ).toBe(204);
    expect(sim().state.placedCalls.map((c) => [c.numberToDial, c.callerId, c.externalPrefix])).toEqual([
      ['3855551234', '8015550100', null],
      ['+442079460958', '8015550111', '9'],
    ]);
  });

  it('selects a caller ID only when label AND number match an entry', async () => {
    const select = (body: unknown) =>
      send('POST', agentPath('selected-outbound-caller-id'), { body: JSON.stringify(body) });
    expect((await select({ label: 'Support Line', outboundCallerId: '8015550100' })).status).toBe(400);
    expect((await select({ label: 'support line', outboundCallerId: '8015550111' })).status).toBe(400);
    expect((await select({ outboundCallerId: '8015550111' })).status).toBe(400);
    expect(sim().state.getSelectedCallerId('1001')?.label).toBe('Sales Desk');
    expect((await select({ label: 'Support Line', outboundCallerId: '8015550111' })).status).toBe(204);
    const list = await send('GET', agentPath('outbound-caller-ids'));
    expect(list.body).toMatchObject({
      selectedOutboundCallerId: { label: 'Support Line', outboundCallerId: '8015550111' },
    });
  });

  it('queues callbacks only for an exact skill name', async () => {
    const callback = (body: unknown) => send('POST', '/rest/api/v1/callback', { body: JSON.stringify(body) });
    expect((await callback({ skill: 'Online requests', callbackNumber: '3855551234' })).status).toBe(400);
    expect((await callback({ skill: 'Online Requests' })).status).toBe(400);
    expect((await callback({ skill: 'Online Requests', callbackNumber: '' })).status).toBe(400);
    expect((await callback({ skill: 'Online Requests', callbackNumber: '3855551234' })).status).toBe(204);
    expect(sim().state.callbacks).toMatchObject([{ skill: 'Online Requests', callbackNumber: '3855551234' }]);
  });

  it('logs every request with its parsed body and status, never the token', async () => {
    await dial({ numberToDial: '3855551234' });
    await send('POST', agentPath('click-to-dial'), { body: 'not json' });
    expect(sim().requests.map((r) => [r.method, r.path, r.body, r.status, r.outcome])).toEqual([
      ['POST', agentPath('click-to-dial'), { numberToDial: '3855551234' }, 204, 'answered'],
      ['POST', agentPath('click-to-dial'), 'not json', 400, 'answered'],
    ]);
    expect(sim().requests[0]?.headers.authorization).toBe('Bearer [redacted]');
    expect(JSON.stringify(sim().requests)).not.toContain(sim().token);
  });

  it('survives hostile requests: a malformed escape is a 404, a huge body is refused', async () => {
    expect((await send('GET', '/rest/api/v1/agents/%E0%A4%A/outbound-caller-ids')).status).toBe(404);
    const huge = await fetch(sim().baseUrl + agentPath('click-to-dial'), {
      method: 'POST',
      headers: { authorization: `Bearer ${sim().token}`, 'content-type': 'application/json' },
      body: 'x'.repeat(2 * 1024 * 1024),
    }).then(
      (r) => r.status,
      () => 'closed',
    );
    expect([413, 'closed']).toContain(huge);
    expect((await send('HEAD', '/', { token: null })).status).toBe(200);
  });

  it('counts TCP connections', async () => {
    const headOnNewConnection = () =>
      new Promise<void>((resolve, reject) => {
        const req = http.request(`${sim().baseUrl}/`, { method: 'HEAD', agent: false }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
        req.end();
      });
    await headOnNewConnection();
    await headOnNewConnection();
    expect(sim().connections).toBe(2);
  });
});
