import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/simulator/index';
import { cliEnv, postsTo, runXimaDialHere, useSimulator } from '../support/simulator';

// What a newcomer meets: typos, options in the wrong place, a wrong host or extension, and what
// an unusual Xima answer looks like in a terminal. Each message is one line that says what to do.
// In this process (real HTTP to the simulator); cli-commands and cli-dial run the binary itself.
const sim = useSimulator();
const run = (args: string[], env: Record<string, string | undefined> = {}) =>
  runXimaDialHere(args, { ...cliEnv(sim()), ...env });

function oneSentence(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|undefined|\[object/);
  return lines[0] ?? '';
}

describe('xima-dial guides a newcomer', () => {
  it.each([
    [['dail', '3855551234'], 'Unknown command "dail" — did you mean xima-dial dial?'],
    [['caller-id'], 'did you mean xima-dial caller-ids'],
    [['cal'], 'did you mean xima-dial caller-ids or xima-dial callback?'],
    [['frobnicate'], 'the commands are dial, caller-ids, select-caller-id, callback, parse'],
    [['--json', 'caller-ids'], 'Put --json after the command, e.g. xima-dial caller-ids --json'],
    [['--host', 'acme.xima.cloud', 'dial', '1'], 'Put --host after the command'],
    [['dial', '3855551234', '--jsn'], 'Unknown option --jsn for dial; run xima-dial --help'],
    [['dial', '3855551234', '--timeout', 'soon'], '--timeout must be a number of seconds above 0'],
  ])('%j: exit 2, one sentence, nothing sent', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(oneSentence(result.stderr)).toContain(message);
    expect(sim().requests).toHaveLength(0);
  });

  it('names the variable or flag to fix, not the app Settings, for a wrong extension or host', async () => {
    const agent = await run(['caller-ids', '--extension', '4242']);
    expect(agent.code).toBe(3);
    expect(oneSentence(agent.stderr)).toBe(
      'Xima has no agent with extension 4242 — check the extension (XIMA_EXTENSION or --extension)',
    );
    const gone = await startSimulator({ https: false });
    await gone.close();
    const host = await run(['dial', '3855551234'], { XIMA_BASE_URL: gone.baseUrl });
    expect(host.code).toBe(6);
    expect(oneSentence(host.stderr)).toMatch(/refused — .*the tenant host \(XIMA_HOST or --host\)$/);
  });

  it('the 401 sentence stays word for word', async () => {
    const result = await run(['caller-ids'], { XIMA_TOKEN: 'stale' });
    expect(result.code).toBe(4);
    expect(oneSentence(result.stderr)).toBe(
      'The Xima token was rejected — it may have been refreshed by an admin; paste the new one in Settings',
    );
  });
});

describe('xima-dial reads the country and format from the environment', () => {
  const parse = (env: Record<string, string>) =>
    run(['parse', '--json', '020 7946 0958 or +49 30 901820'], env).then((r) =>
      (JSON.parse(r.stdout) as { numbers: { dial: string }[] }).numbers.map((n) => n.dial),
    );

  it('XIMA_COUNTRY and XIMA_FORMAT apply; flags override them; empty ones count as unset', async () => {
    expect(await parse({ XIMA_COUNTRY: 'GB' })).toEqual(['02079460958', '004930901820']);
    expect(await parse({ XIMA_COUNTRY: 'GB', XIMA_FORMAT: 'e164' })).toEqual(['02079460958', '+4930901820']);
    expect(await parse({ XIMA_COUNTRY: '', XIMA_FORMAT: '' })).toEqual(['0114930901820']);
    const flags = await run(['parse', '--json', '--country', 'DE', '020 7946 0958'], { XIMA_COUNTRY: 'GB' });
    expect(JSON.parse(flags.stdout)).toEqual({ numbers: [] });
  });
});

describe('dial and callback understand links the way parse does', () => {
  it('a callto:, sip: or tel: link is dialed or queued as the number it holds', async () => {
    expect((await run(['dial', 'callto://+44 20 7946 0958', '--format', 'e164'])).code).toBe(0);
    expect((await run(['dial', 'sip:+13855551234@pbx.example.com;user=phone'])).code).toBe(0);
    const queued = await run(['callback', '--skill', 'Online Requests', 'tel:%2B1%20385%20555%201234;ext=9']);
    expect(queued.code).toBe(0);
    expect(postsTo(sim(), '/click-to-dial').map((r) => r.body)).toEqual([
      { numberToDial: '+442079460958' },
      { numberToDial: '3855551234' },
    ]);
    expect(postsTo(sim(), '/callback').map((r) => r.body)).toEqual([
      { skill: 'Online Requests', callbackNumber: '3855551234' },
    ]);
  });

  it.each([
    [['dial', 'sip:alice@example.com'], 'not a phone number'],
    [['dial', 'tel:javascript:alert(1)'], 'does not contain a phone number'],
    [['callback', '--skill', 'Online Requests', 'tel:'], 'no phone number in it'],
    [['callback', '--skill', 'Online Requests', '385-555-1234 or 801-555-0199'], '2 different numbers'],
  ])('%j is refused with exit 2 and nothing sent', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(oneSentence(result.stderr)).toContain(message);
    expect(sim().requests).toHaveLength(0);
  });
});

describe('xima-dial caller-ids with unusual answers', () => {
  it('--json: extra fields are dropped and a missing selection is null', async () => {
    sim().script('outbound-caller-ids', {
      kind: 'status',
      status: 200,
      body: {
        outboundCallerIds: [{ label: 'Main', outboundCallerId: '8015550100', region: 'west' }],
        pagination: { next: null },
      },
    });
    const result = await run(['caller-ids', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      selected: null,
      callerIds: [{ label: 'Main', outboundCallerId: '8015550100', selected: false }],
    });
  });

  it('a label carrying terminal escape sequences is printed without them', async () => {
    sim().state.setCallerIds(sim().extension, [
      { label: 'Sales\u001b[2J\u001b]0;pwned\u0007', outboundCallerId: '8015550100' },
    ]);
    const result = await run(['caller-ids']);
    expect(result.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(result.stdout).not.toMatch(/[\u0000-\u001f](?!$)/m);
    expect(result.stdout).toContain('Sales [2J ]0;pwned  8015550100');
  });

  it('an answer that is not a caller-ID list is exit 6 with a sentence', async () => {
    sim().script('outbound-caller-ids', { kind: 'status', status: 200, body: ['not', 'a', 'list'] });
    const result = await run(['caller-ids']);
    expect(result.code).toBe(6);
    expect(oneSentence(result.stderr)).toContain('sent an answer this app does not understand');
  });

  it('exit 5 when the list is rate limited for longer than is worth waiting', async () => {
    sim().script('outbound-caller-ids', { kind: 'status', status: 429, retryAfter: 120 });
    const result = await run(['caller-ids']);
    expect(result.code).toBe(5);
    expect(oneSentence(result.stderr)).toContain('try again in 2 minutes');
  });

  it('select-caller-id refuses an unknown label with exit 2 after only the GET', async () => {
    const result = await run(['select-caller-id', 'Marketing']);
    expect(result.code).toBe(2);
    expect(oneSentence(result.stderr)).toContain('No caller ID matches "Marketing"');
    expect(postsTo(sim(), '/selected-outbound-caller-id')).toHaveLength(0);
  });
});
