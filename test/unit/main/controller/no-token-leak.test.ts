import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSupportLog } from '../../../../src/main/log';
import { demoSeed } from '../../../../src/simulator/index';
import { createManualClock, createNodeController } from '../../../support/node-ports';
import { useSimulator } from '../../../support/simulator';

const MARKER = 'MARKER-7f3a9c-token-never-to-be-seen-0042';
const sim = useSimulator({ https: false, seed: demoSeed(MARKER) });
const dir = mkdtempSync(join(tmpdir(), 'xtd-leak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a full session with a marker token', () => {
  it('never shows the token in state, results, notifications or the log', async () => {
    const log = createSupportLog({ dir, clock: createManualClock() });
    const app = createNodeController({ simulator: sim(), token: null, overrides: { logger: log } });
    const { controller, ports, states } = app;
    const results: unknown[] = [];
    const record = async (result: Promise<unknown>) => results.push(await result);
    try {
      await record(controller.handlers.setToken({ token: MARKER }));
      await record(controller.handlers.refreshCallerIds(undefined));
      await record(controller.handlers.testConnection(undefined));
      await record(controller.dialFromHotkey('Call (385) 555-1234'));
      await record(
        controller.handlers.selectCallerId({ label: 'Support Line', outboundCallerId: '8015550111' }),
      );
      await record(controller.openLink('tel:+1-801-555-0199'));
      sim().script('*', { kind: 'status', status: 401 });
      ports.clock.advance(10_000);
      await record(controller.dialFromHotkey('3855551234'));
      await record(controller.handlers.testConnection(undefined));
      sim().clearScripts();
      sim().script('click-to-dial', { kind: 'drop', effect: false, times: 1 });
      ports.clock.advance(10_000);
      await record(controller.dialFromTray('8015550123'));
      await record(controller.handlers.saveSettings({ extension: '1002' }));
      await record(controller.handlers.removeToken(undefined));
      await record(controller.handlers.getState(undefined));
    } finally {
      await app.close();
    }
    await log.flush();
    const logged = readFileSync(log.file, 'utf8');
    expect(logged.length).toBeGreaterThan(0);
    const everything = [
      JSON.stringify(states),
      JSON.stringify(results),
      JSON.stringify(ports.notifier.shown.map((n) => [n.title, n.body])),
      logged,
      JSON.stringify(ports.settingsStore.saves),
      JSON.stringify(ports.historyStore.entries),
    ].join('\n');
    // Plain booleans keep a failure message short instead of dumping every snapshot.
    expect(everything.includes(MARKER), 'the marker token leaked').toBe(false);
    expect(everything.includes('7f3a9c'), 'part of the marker token leaked').toBe(false);
    // The token did reach Xima, so the session really used it.
    expect(sim().requests.some((r) => r.status === 204)).toBe(true);
  });
});
