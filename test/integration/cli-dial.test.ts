import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/simulator/index';
import { cliEnv, postsTo, runXimaDial, useSimulator } from '../support/simulator';

const sim = useSimulator();
const dir = mkdtempSync(join(tmpdir(), 'xima-dial-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dials = () => postsTo(sim(), '/click-to-dial');
const run = (args: string[], env: Record<string, string | undefined> = {}) =>
  runXimaDial(args, { ...cliEnv(sim()), ...env });

describe('xima-dial dial', () => {
  it('places the call with the selected caller ID and says so on stderr', async () => {
    const result = await run(['dial', '(385) 555-1234', '--selected']);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain(
      'Xima is calling (385) 555-1234 (3855551234) from your selected caller ID',
    );
    expect(dials().map((r) => r.body)).toEqual([
      { numberToDial: '3855551234', useSelectedOutboundCallerId: true },
    ]);
    expect(sim().state.placedCalls[0]?.callerId).toBe('8015550100');
  });

  it('sends exactly numberToDial plus the fields asked for', async () => {
    expect(
      (await run(['dial', 'tel:+1-385-555-1234', '--caller-id', '8015550111', '--prefix', '9'])).code,
    ).toBe(0);
    expect((await run(['dial', '3855551234'])).code).toBe(0);
    expect((await run(['dial', '3855551234', '--prefix', '12345678'])).code).toBe(0);
    expect(dials().map((r) => r.body)).toEqual([
      { numberToDial: '3855551234', outboundCallerId: '8015550111', externalPrefix: '9' },
      { numberToDial: '3855551234' },
      { numberToDial: '3855551234', externalPrefix: '12345678' },
    ]);
  });

  it('works over HTTPS when the simulator certificate is trusted', async () => {
    const ca = join(dir, 'ca.pem');
    writeFileSync(ca, sim().ca);
    const result = await run(['dial', '3855551234'], {
      XIMA_BASE_URL: sim().httpsBaseUrl ?? '',
      NODE_EXTRA_CA_CERTS: ca,
    });
    expect(result.code).toBe(0);
    expect(dials()[0]?.protocol).toBe('https');
  });

  it('refuses an untrusted certificate with exit 6 and sends nothing', async () => {
    const result = await run(['dial', '3855551234'], { XIMA_BASE_URL: sim().httpsBaseUrl ?? '' });
    expect(result.code).toBe(6);
    expect(result.stderr).toContain('certificate is not trusted');
    expect(sim().requests).toHaveLength(0);
  });

  it.each([
    [['dial', 'Order shipped yesterday'], 'No phone number found in "Order shipped yesterday"'],
    [
      ['dial', 'Call (385) 555-1234 or (801) 555-0199'],
      '2 different numbers ((385) 555-1234, (801) 555-0199)',
    ],
    [['dial'], 'Give the number to dial'],
    [['dial', '3855551234', '--selected', '--caller-id', '8015550100'], 'either --selected or --caller-id'],
    [['dial', '3855551234', '--caller-id', ''], '--caller-id must be'],
    [['dial', '3855551234', '--prefix', '9a'], '--prefix must be 1 to 8 digits'],
    [['dial', '3855551234', '--prefix', '123456789'], '--prefix must be 1 to 8 digits, e.g. 9'],
    [['dial', '3855551234', '--prefix', ''], '--prefix must be 1 to 8 digits, e.g. 9'],
    [['dial', '3855551234', '--json'], 'Unknown option --json for dial'],
    [['dial', '3855551234', '--country', 'USA'], 'not a country code'],
    [['dial', '3855551234', '--timeout', '0'], '--timeout must be a number of seconds'],
    [['dial', '3855551234', '--token', 'abc'], 'There is no --token flag'],
    [['dial', '3855551234', '--token=abc'], 'There is no --token flag'],
    [['call', '3855551234'], 'Unknown command "call"'],
  ])('%j is refused with exit 2 and nothing sent', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(sim().requests).toHaveLength(0);
  });

  it('uses the default country and --country for numbers', async () => {
    expect((await run(['dial', '020 7946 0958', '--country', 'GB'])).code).toBe(0);
    expect((await run(['dial', '+44 20 7946 0958', '--format', 'e164'])).code).toBe(0);
    expect(dials().map((r) => (r.body as { numberToDial: string }).numberToDial)).toEqual([
      '02079460958',
      '+442079460958',
    ]);
  });
});

describe('xima-dial exit codes for what Xima answers', () => {
  it('3 when Xima refuses the request (400, 403, 404)', async () => {
    const unregistered = await run(['dial', '3855551234', '--caller-id', '8015550199']);
    expect(unregistered.code).toBe(3);
    expect(unregistered.stderr).toContain('Xima refused the call');
    expect((await run(['dial', '3855551234', '--extension', '4242'])).stderr).toContain(
      'no agent with extension 4242',
    );
    sim().state.addToken('no-access', { access: false });
    expect((await run(['dial', '3855551234'], { XIMA_TOKEN: 'no-access' })).code).toBe(3);
    expect(sim().state.placedCalls).toHaveLength(0);
  });

  it('4 when the token is rejected, with the sentence that says what to do', async () => {
    sim().state.refreshToken(sim().token);
    const result = await run(['dial', '3855551234']);
    expect(result.code).toBe(4);
    expect(result.stderr.trim()).toBe(
      'The Xima token was rejected — it may have been refreshed by an admin; paste the new one in Settings',
    );
  });

  it('5 when rate limited, after exactly one POST', async () => {
    sim().script('click-to-dial', { kind: 'status', status: 429, retryAfter: 30 });
    const result = await run(['dial', '3855551234']);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('try again in 30 seconds');
    expect(dials()).toHaveLength(1);
  });

  it.each([
    ['a 5xx', { kind: 'status', status: 503 }, 'HTTP 503'],
    ['a hang', { kind: 'hang', effect: true }, 'did not answer within 0.5 seconds'],
    ['a dropped connection', { kind: 'drop', effect: true }, 'connection to Xima'],
  ] as const)('6 for %s, after exactly one POST', async (_, failure, message) => {
    sim().script('click-to-dial', failure);
    const result = await run(['dial', '3855551234', '--timeout', '0.5']);
    expect(result.code).toBe(6);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('check the CC-Agent Client before dialing again');
    expect(dials()).toHaveLength(1);
  });

  it('6 when the tenant cannot be reached', async () => {
    const gone = await startSimulator({ https: false });
    await gone.close();
    const result = await run(['dial', '3855551234'], { XIMA_BASE_URL: gone.baseUrl });
    expect(result.code).toBe(6);
    expect(result.stderr).toContain('the connection was refused');
  });
});

describe('xima-dial configuration', () => {
  it.each([
    [{ XIMA_BASE_URL: undefined }, 'No Xima tenant: set XIMA_HOST'],
    [{ XIMA_BASE_URL: '' }, 'No Xima tenant: set XIMA_HOST'],
    [{ XIMA_EXTENSION: '' }, 'No extension: set XIMA_EXTENSION'],
    [{ XIMA_EXTENSION: '10 01' }, 'only letters and digits'],
    [{ XIMA_TOKEN: '' }, 'No Xima token: set XIMA_TOKEN or use --token-file'],
    [{ XIMA_BASE_URL: 'http://10.0.0.1:8080' }, 'only to this computer'],
    [{ XIMA_BASE_URL: undefined, XIMA_HOST: 'acme.xima.cloud/rest' }, 'without a path'],
  ])('refuses %j with exit 2 and sends nothing', async (env, message) => {
    const result = await run(['dial', '3855551234'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(sim().requests).toHaveLength(0);
  });

  it('flags override the environment, and an empty variable counts as unset', async () => {
    const result = await run(['caller-ids', '--base-url', sim().baseUrl, '--extension', sim().extension], {
      XIMA_BASE_URL: 'http://10.0.0.1:8080',
      XIMA_EXTENSION: '',
      XIMA_HOST: '',
    });
    expect(result.code).toBe(0);
  });

  it('reads the token from --token-file', async () => {
    const file = join(dir, 'token');
    writeFileSync(file, `${sim().token}\n`);
    expect((await run(['caller-ids', '--token-file', file], { XIMA_TOKEN: '' })).code).toBe(0);
    const missing = await run(['caller-ids', '--token-file', join(dir, 'nope')], { XIMA_TOKEN: undefined });
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('it does not exist');
    writeFileSync(join(dir, 'empty'), '\n');
    expect((await run(['caller-ids', '--token-file', join(dir, 'empty')])).stderr).toContain('is empty');
    expect(sim().requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });
});
