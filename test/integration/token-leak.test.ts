import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createXimaClient } from '../../src/core/xima';
import { createNodeTransport } from '../../src/cli/node-transport';
import { registerIpcGateway } from '../../src/main/ipc/gateway';
import { createSupportLog } from '../../src/main/log';
import { channelOf, STATE_CHANNEL, type Intent } from '../../src/shared/ipc-contract';
import { demoSeed, type SimFailure } from '../../src/simulator/index';
import { createFakeElectron, FakeFrame } from '../support/electron-fake';
import { createNodeController } from '../support/node-ports';
import { runXimaDial, useSimulator, type CliRun } from '../support/simulator';
import { realClock } from '../../src/core/clock';

const MARKER = 'tok-LEAKMARKER-5e1f0c27b9';
// Any recognisable fragment counts as a leak, not just the whole token.
const FRAGMENTS = [MARKER, 'LEAKMARKER', '5e1f0c27b9'];
const sim = useSimulator({ seed: demoSeed(MARKER) });
const dir = mkdtempSync(join(tmpdir(), 'xtd-token-leak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PANEL_URL = 'app://panel/index.html';

/** Every way a call to Xima can fail that the simulator can script, plus a server that echoes the token. */
const FAILURES: SimFailure[] = [
  { kind: 'status', status: 401 },
  { kind: 'status', status: 403 },
  { kind: 'status', status: 429, retryAfter: 30 },
  { kind: 'status', status: 500 },
  { kind: 'status', status: 503 },
  { kind: 'status', status: 400, body: { error: `Token ${MARKER} is not valid for this tenant` } },
  { kind: 'hang' },
  { kind: 'drop' },
  { kind: 'stall', status: 200 },
];

describe('a full session with a marker token', () => {
  it('never writes the token anywhere but the Authorization header Xima receives', async () => {
    const logDir = join(dir, 'logs');
    const log = createSupportLog({ dir: logDir, clock: realClock });
    const transport = createNodeTransport({ ca: sim().ca });
    const electron = createFakeElectron();
    const panel = new FakeFrame(PANEL_URL);
    const pushed: unknown[] = [];
    const node = createNodeController({
      simulator: sim(),
      token: null,
      settings: { callbackSkills: ['Online Requests'], confirmLinks: false },
      overrides: {
        logger: log,
        baseUrlOverride: sim().httpsBaseUrl,
        createXima: (config) => createXimaClient({ ...config, transport, timeoutMs: 800 }),
      },
    });
    const { controller, ports } = node;
    const gateway = registerIpcGateway({
      ipcMain: electron.ipcMain,
      handlers: controller.handlers,
      panel: {
        mainFrame: () => panel,
        isOwnUrl: (url) => url === PANEL_URL,
        send: (channel, payload) => pushed.push({ channel, payload }),
      },
      onNetworkChange: (online) => controller.networkChanged(online),
    });
    controller.subscribe((state) => pushed.push({ channel: STATE_CHANNEL, payload: state }));
    const results: unknown[] = [];
    const ipc = async (intent: Intent, payload?: unknown) =>
      results.push(await electron.ipcMain.invoke(channelOf(intent), panel, payload));
    const hotkey = async (text: string) => {
      ports.clock.advance(10_000);
      results.push(await controller.dialFromHotkey(text));
    };

    try {
      // Set up through the panel: a token with a space is refused, then the real one saved.
      await ipc('setToken', { token: `${MARKER} extra` });
      await ipc('setToken', { token: MARKER });
      await ipc('testConnection');
      await controller.start();
      await ipc('refreshCallerIds');
      await ipc('selectCallerId', { label: 'Support Line', outboundCallerId: '8015550111' });
      await hotkey('Please call (385) 555-1234 about the order');
      await ipc('dial', { text: '801-555-0199', callerId: null });
      await ipc('scheduleCallback', { skill: 'Online Requests', text: '(385) 555-0142' });
      results.push(await controller.openLink('tel:+1-435-555-0101'));

      for (const [index, failure] of FAILURES.entries()) {
        sim().script('*', { ...failure, times: 1 } as SimFailure);
        await hotkey(`Call (720) 555-${1000 + index}`);
        sim().clearScripts();
      }
      sim().script('*', { kind: 'status', status: 401 });
      await ipc('scheduleCallback', { skill: 'Online Requests', text: '(385) 555-0143' });
      await ipc('selectCallerId', { label: 'Sales Desk', outboundCallerId: '8015550100' });
      await ipc('testConnection');
      sim().clearScripts();

      const history = controller.getState().history;
      ports.clock.advance(10_000);
      await ipc('redial', { historyId: history[0]?.id ?? 'none' });
      await ipc('saveSettings', { keepHistory: true, externalPrefix: '9' });
      await ipc('getState');
      await ipc('removeToken');
      await hotkey('Call (385) 555-1234');
    } finally {
      gateway.dispose();
      await node.close();
      await transport.close();
      await log.flush();
    }

    const cli = await cliSession();

    const logFiles = readdirSync(logDir).map((name) => readFileSync(join(logDir, name), 'utf8'));
    const written: Record<string, string> = {
      'log files': logFiles.join('\n'),
      'pushed states and views': JSON.stringify(pushed),
      'controller snapshots': JSON.stringify(node.states),
      'IPC results': JSON.stringify(results),
      notifications: JSON.stringify(ports.notifier.shown.map((n) => [n.title, n.body])),
      'settings saved': JSON.stringify(ports.settingsStore.saves),
      'history saved': JSON.stringify(ports.historyStore.entries),
      'CLI output': cli.map((run) => run.stdout + run.stderr).join('\n'),
      "the simulator's request log": JSON.stringify(sim().requests),
    };
    for (const [where, text] of Object.entries(written)) {
      expect(text.length, `${where} is empty: the session did not run`).toBeGreaterThan(0);
      for (const fragment of FRAGMENTS)
        expect(text.includes(fragment), `the token leaked into ${where}`).toBe(false);
    }

    // The session really used the token: Xima accepted it (204s), and the failures really happened.
    expect(sim().requests.filter((r) => r.status === 204).length).toBeGreaterThan(5);
    expect(
      sim().requests.every(
        (r) => r.headers.authorization === undefined || r.headers.authorization === 'Bearer [redacted]',
      ),
    ).toBe(true);
    const outcomes = new Set<unknown>(sim().requests.map((r) => r.status ?? r.outcome));
    for (const seen of [401, 403, 429, 500, 503, 400, 'hung', 'dropped'])
      expect(outcomes.has(seen)).toBe(true);
    expect(cli.map((run) => run.code)).toContain(0);
    expect(cli.some((run) => run.code !== 0)).toBe(true);
    // The token file really was used: a placed dial, then a rejected token (exit code 4).
    expect(cli.slice(-2).map((run) => run.code)).toEqual([0, 4]);
  }, 120_000);
});

/** The CLI with XIMA_TOKEN = the marker, over HTTPS (the CA through NODE_EXTRA_CA_CERTS), through success and failure. */
async function cliSession(): Promise<CliRun[]> {
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, sim().ca);
  const env = {
    XIMA_BASE_URL: sim().httpsBaseUrl ?? '',
    XIMA_EXTENSION: sim().extension,
    XIMA_TOKEN: MARKER,
    NODE_EXTRA_CA_CERTS: caFile,
  };
  const runs: CliRun[] = [];
  const run = async (args: string[], failure?: SimFailure, extra: Record<string, string> = {}) => {
    if (failure) sim().script('*', failure);
    runs.push(await runXimaDial(args, { ...env, ...extra }));
    sim().clearScripts();
  };
  await run(['dial', 'Call (385) 555-1234']);
  await run(['caller-ids', '--json']);
  await run(['dial', '385-555-1234'], { kind: 'status', status: 401 });
  await run(['callback', '--skill', 'Online Requests', '385-555-0142'], {
    kind: 'status',
    status: 400,
    body: { error: `Token ${MARKER} rejected` },
  });
  await run(['dial', '385-555-1234', '--timeout', '0.5'], { kind: 'hang' });
  await run(['caller-ids'], undefined, { XIMA_TOKEN: `${MARKER} with spaces` });
  await run(['select-caller-id', 'Support Line']);
  await run(['select-caller-id', 'Sales Desk'], { kind: 'status', status: 403 });
  await run(['caller-ids', '--json'], { kind: 'drop' });
  // The token from a file instead of the environment, through success and a rejected token.
  const tokenFile = join(dir, 'token.txt');
  writeFileSync(tokenFile, `${MARKER}\n`, { mode: 0o600 });
  await run(['dial', '385-555-0177', '--token-file', tokenFile], undefined, { XIMA_TOKEN: '' });
  await run(
    ['dial', '385-555-0178', '--token-file', tokenFile],
    { kind: 'status', status: 401 },
    { XIMA_TOKEN: '' },
  );
  return runs;
}
