import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEnv, postsTo, runXimaDial, runXimaDialHere, useSimulator } from '../support/simulator';

const sim = useSimulator();
const dir = mkdtempSync(join(tmpdir(), 'xima-dial-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The CLI runs in this process (real HTTP to the simulator); what only the process shows (exit codes,
// flushed output, what Node itself prints) runs the real binary: "as a program" and the token check.
const run = (args: string[], env: Record<string, string | undefined> = {}) =>
  runXimaDialHere(args, { ...cliEnv(sim()), ...env });
const asProcess = (args: string[], env: Record<string, string | undefined> = {}) =>
  runXimaDial(args, { ...cliEnv(sim()), ...env });
const sales = { label: 'Sales Desk', outboundCallerId: '8015550100' };
const support = { label: 'Support Line', outboundCallerId: '8015550111' };

describe('xima-dial caller-ids', () => {
  it('lists them with the selected one marked', async () => {
    const result = await run(['caller-ids']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('* Sales Desk    8015550100  (selected)\n  Support Line  8015550111\n');
  });

  it('--json prints the documented shape', async () => {
    const result = await run(['caller-ids', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      selected: sales,
      callerIds: [
        { ...sales, selected: true },
        { ...support, selected: false },
      ],
    });
  });

  it('an empty list without a selection is not an error', async () => {
    sim().state.setCallerIds(sim().extension, [], null);
    const human = await run(['caller-ids']);
    expect(human).toMatchObject({ code: 0, stdout: '' });
    expect(human.stderr).toContain('Xima lists no outbound caller IDs');
    expect(JSON.parse((await run(['caller-ids', '--json'])).stdout)).toEqual({
      selected: null,
      callerIds: [],
    });
  });

  it('exit 4 for a rejected token, 6 when the GET keeps failing', async () => {
    expect((await run(['caller-ids'], { XIMA_TOKEN: 'stale' })).code).toBe(4);
    sim().script('outbound-caller-ids', { kind: 'status', status: 502 });
    expect((await run(['caller-ids'])).code).toBe(6);
  });
});

describe('xima-dial select-caller-id', () => {
  it.each([['support line'], ['8015550111'], ['(801) 555-0111']])(
    'finds %j and posts its exact label and number',
    async (wanted) => {
      const result = await run(['select-caller-id', wanted]);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('Outbound caller ID set to Support Line (8015550111)');
      expect(postsTo(sim(), '/selected-outbound-caller-id').map((r) => r.body)).toEqual([support]);
      expect(sim().state.getSelectedCallerId(sim().extension)).toEqual(support);
    },
  );

  it('refuses an unknown caller ID without a POST', async () => {
    const result = await run(['select-caller-id', 'Billing']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No caller ID matches "Billing" — run xima-dial caller-ids');
    expect(postsTo(sim(), '/selected-outbound-caller-id')).toHaveLength(0);
  });

  it('refuses an ambiguous one without a POST', async () => {
    const twin = { label: 'Sales Desk 2', outboundCallerId: '8015550100' };
    sim().state.setCallerIds(sim().extension, [sales, twin], sales);
    const result = await run(['select-caller-id', '8015550100']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('matches 2 caller IDs');
    expect(postsTo(sim(), '/selected-outbound-caller-id')).toHaveLength(0);
  });

  it('exit 3 when Xima refuses the change', async () => {
    sim().script('selected-outbound-caller-id', {
      kind: 'status',
      status: 400,
      body: { error: 'Not allowed now' },
    });
    const result = await run(['select-caller-id', 'Support Line']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Xima refused that caller ID: Not allowed now');
  });
});

describe('xima-dial callback', () => {
  it('queues the callback with the skill and the number as it would be dialed', async () => {
    const result = await run(['callback', '--skill', 'Online Requests', 'Call me at 385.555.1234']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Callback to (385) 555-1234 scheduled in the skill "Online Requests"');
    expect(postsTo(sim(), '/callback').map((r) => r.body)).toEqual([
      { skill: 'Online Requests', callbackNumber: '3855551234' },
    ]);
    expect(sim().state.callbacks).toHaveLength(1);
  });

  it('works without an extension (the endpoint has none)', async () => {
    expect(
      (await run(['callback', '--skill', 'Online Requests', '3855551234'], { XIMA_EXTENSION: '' })).code,
    ).toBe(0);
  });

  it('exit 3 for a skill name that does not match exactly', async () => {
    const result = await run(['callback', '--skill', 'online requests', '3855551234']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('No skill is named exactly "online requests"');
  });

  it.each([
    [['callback', '3855551234'], 'Name the skill'],
    [['callback', '--skill', 'Online Requests'], 'Give the number to call back'],
    [['callback', '--skill', 'Online Requests', 'no number here'], 'No phone number found'],
  ])('%j is refused with exit 2 and nothing sent', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(sim().requests).toHaveLength(0);
  });
});

describe('xima-dial parse', () => {
  it('--json prints the understood numbers and sends nothing', async () => {
    const result = await run(['parse', 'Call (385) 555-1234 ext. 22', '--json']);
    expect(result.code).toBe(0);
    const { numbers } = JSON.parse(result.stdout) as { numbers: Array<Record<string, unknown>> };
    expect(numbers).toHaveLength(1);
    expect(Object.keys(numbers[0] ?? {}).sort()).toEqual([
      'country',
      'dial',
      'display',
      'e164',
      'extension',
      'kind',
    ]);
    expect(numbers[0]).toMatchObject({
      dial: '3855551234',
      e164: '+13855551234',
      extension: '22',
      country: 'US',
      kind: 'external',
    });
    expect(sim().requests).toHaveLength(0);
  });

  it('needs no configuration and prints {"numbers":[]} for text without numbers', async () => {
    const result = await runXimaDial(['parse', 'Order 123456789 shipped', '--json']);
    expect(result).toEqual({ code: 0, stdout: '{"numbers":[]}\n', stderr: '' });
  });

  it('--country and --format shape international numbers', async () => {
    const idd = await runXimaDialHere(['parse', '+44 20 7946 0958', '--json']);
    expect(JSON.parse(idd.stdout).numbers[0].dial).toBe('011442079460958');
    const e164 = await runXimaDialHere(['parse', '+44 20 7946 0958', '--json', '--format', 'e164']);
    expect(JSON.parse(e164.stdout).numbers[0].dial).toBe('+442079460958');
    const gb = await runXimaDialHere(['parse', '020 7946 0958', '--json', '--country', 'gb']);
    expect(JSON.parse(gb.stdout).numbers[0].dial).toBe('02079460958');
  });

  it('prints a readable line per number', async () => {
    const result = await runXimaDialHere(['parse', '2051']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2051');
    expect(result.stdout).toContain('internal extension');
  });

  it('refuses a bad link with exit 2', async () => {
    const result = await runXimaDialHere(['parse', 'tel:javascript:alert(1)', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.length).toBeGreaterThan(10);
  });
});

describe('xima-dial as a program', () => {
  it('--help prints the usage; no command prints it on stderr with exit 2', async () => {
    const help = await runXimaDial(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('xima-dial dial <text-or-tel-uri>');
    const none = await runXimaDial([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Exit codes');
  });

  it('runs from source through tsx, as npm run cli does', async () => {
    const result = await runXimaDial(['caller-ids', '--json'], cliEnv(sim()), { fromSource: true });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).selected).toEqual(sales);
  });

  it('bin/xima-dial.js says to build when the bundle is missing', async () => {
    const bin = join(dir, 'pkg', 'bin');
    mkdirSync(bin, { recursive: true });
    copyFileSync(
      fileURLToPath(new URL('../../bin/xima-dial.js', import.meta.url)),
      join(bin, 'xima-dial.js'),
    );
    writeFileSync(join(dir, 'pkg', 'package.json'), '{"type":"module"}');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [join(bin, 'xima-dial.js'), 'parse', '1'], (error, _stdout, stderr) =>
        resolve({ code: error && typeof error.code === 'number' ? error.code : 0, stderr }),
      );
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('run npm run build');
  });
});

describe('the token never appears in any output', () => {
  it('for successes and every kind of failure', async () => {
    const token = 'MARKER-cli-token-5d1e2b';
    sim().state.addToken(token);
    const file = join(dir, 'token');
    writeFileSync(file, token);
    const env = { XIMA_TOKEN: token };
    // These seven need nothing of each other, so they run side by side.
    const runs = await Promise.all([
      asProcess(['caller-ids', '--json'], env),
      asProcess(['dial', '3855551234', '--selected'], env),
      asProcess(['select-caller-id', 'Support Line'], env),
      asProcess(['callback', '--skill', 'Online Requests', '3855551234'], env),
      asProcess(['dial', '3855551234', '--caller-id', '1'], env),
      asProcess(['dial', '3855551234', `--token=${token}`], env),
      asProcess(['dial', '3855551234', '--base-url', 'http://example.com'], env),
    ]);
    sim().script('*', { kind: 'status', status: 400, body: { error: `echo ${token}` } });
    runs.push(await asProcess(['dial', '3855551234'], env));
    sim().clearScripts();
    sim().script('*', { kind: 'drop' });
    runs.push(await asProcess(['caller-ids'], env));
    sim().clearScripts();
    sim().state.revokeToken(token);
    runs.push(
      ...(await Promise.all([
        asProcess(['dial', '3855551234'], { XIMA_TOKEN: '' }),
        asProcess(['caller-ids', '--token-file', file]),
      ])),
    );
    writeFileSync(file, `${token} with spaces`);
    runs.push(await asProcess(['caller-ids', '--token-file', file]));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 3, 2, 2, 3, 6, 2, 4, 2]);
    for (const r of runs) expect(r.stdout + r.stderr).not.toContain(token);
    expect(JSON.stringify(sim().requests)).not.toContain(token);
  });
});
