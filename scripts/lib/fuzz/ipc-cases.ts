import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { understand } from '../../../src/core/phone';
import { createXimaClient } from '../../../src/core/xima';
import { BAD_PAYLOAD, FOREIGN_SENDER, registerIpcGateway } from '../../../src/main/ipc/gateway';
import {
  channelOf,
  payloadSchemas,
  type Intent,
  type IntentHandlers,
} from '../../../src/shared/ipc-contract';
import { createFakeElectron, FakeFrame } from '../../../test/support/electron-fake';
import { createNodeController } from '../../../test/support/node-ports';
import { notHumanBecause } from '../human-message';
import { createCountingTransport } from './counting-transport';
import { asCase, type FuzzCase } from './fuzz-case';
import { anyPayload } from './ipc-payloads';

const INTENTS = Object.keys(payloadSchemas) as Intent[];
const PANEL_URL = 'app://panel/index.html';

type Sender = 'panel' | 'iframe' | 'navigated' | 'other-window' | 'none';

/** The frame a message claims to come from: only `panel` is the app's own panel page. */
function frameFor(sender: Sender, panel: FakeFrame): FakeFrame | null {
  switch (sender) {
    case 'panel':
      return panel;
    case 'iframe':
      return new FakeFrame('https://evil.example/frame.html', panel.processId, panel.routingId + 1);
    case 'navigated':
      return new FakeFrame('https://evil.example/', panel.processId, panel.routingId);
    case 'other-window':
      return new FakeFrame(PANEL_URL, panel.processId + 1, 1);
    case 'none':
      return null;
  }
}

const message = fc.constantFrom(...INTENTS).chain((intent) =>
  fc.record({
    intent: fc.constant(intent),
    payload: anyPayload(intent),
    sender: fc.constantFrom<Sender>('panel', 'panel', 'panel', 'iframe', 'navigated', 'other-window', 'none'),
    extraArgument: fc.boolean(),
  }),
);

function gatewayWith(handlers: IntentHandlers) {
  const electron = createFakeElectron();
  const panel = new FakeFrame(PANEL_URL, 7, 1);
  const gateway = registerIpcGateway({
    ipcMain: electron.ipcMain,
    handlers,
    panel: { mainFrame: () => panel, isOwnUrl: (url) => url === PANEL_URL, send: () => undefined },
    onNetworkChange: () => undefined,
  });
  return { electron, panel, gateway };
}

/**
 * Every intent's payload schema behind the gateway: a foreign frame is refused and a payload the schema
 * refuses (or extra arguments) never reaches a handler; an accepted one reaches its handler once, parsed.
 */
export const gatewayCase: FuzzCase = {
  name: 'the IPC gateway never throws and lets only the panel’s valid payloads reach a handler',
  ciRuns: 1_500,
  setup() {
    const calls: { intent: Intent; payload: unknown }[] = [];
    const handlers = Object.fromEntries(
      INTENTS.map((intent) => [
        intent,
        async (payload: unknown) => {
          calls.push({ intent, payload });
          return { ok: true };
        },
      ]),
    ) as unknown as IntentHandlers;
    const { electron, panel, gateway } = gatewayWith(handlers);
    const property = fc.asyncProperty(message, async ({ intent, payload, sender, extraArgument }) => {
      calls.length = 0;
      const args = extraArgument ? [payload, 'extra'] : [payload];
      const result = await electron.ipcMain.invoke(channelOf(intent), frameFor(sender, panel), ...args);
      const parsed = payloadSchemas[intent].safeParse(payload);
      if (sender !== 'panel') {
        assert.deepEqual(result, { ok: false, message: FOREIGN_SENDER });
        assert.equal(calls.length, 0, 'a foreign frame reached a handler');
      } else if (!parsed.success || extraArgument) {
        assert.deepEqual(result, { ok: false, message: BAD_PAYLOAD });
        assert.equal(calls.length, 0, 'a refused payload reached a handler');
      } else {
        assert.deepEqual(calls, [{ intent, payload: parsed.data }]);
      }
    });
    return { property: asCase(property), dispose: async () => gateway.dispose() };
  },
};

const TOKEN = 'tok-FUZZ-LEAKMARKER-1';
// Intents whose handlers talk to Xima or change what is stored.
const REQUESTING: Intent[] = [
  'dial',
  'scheduleCallback',
  'selectCallerId',
  'chooseNumber',
  'redial',
  'saveSettings',
  'understand',
];

/**
 * The real controller behind the gateway, its Xima client on a counting transport: whatever the panel
 * sends, nothing throws, the token is never in an answer, a refused payload changes nothing, and text
 * the number understanding refuses is never dialed or scheduled.
 */
export const controllerCase: FuzzCase = {
  name: 'the real controller behind the gateway never throws, leaks or dials refused input',
  ciRuns: 500,
  setup() {
    const transport = createCountingTransport();
    const node = createNodeController({
      settings: { host: 'acme.xima.cloud', extension: '1001', callbackSkills: ['Online Requests'] },
      token: TOKEN,
      demo: false,
      overrides: {
        createXima: (config) => createXimaClient({ ...config, transport }),
        baseUrlOverride: null,
      },
    });
    const { electron, panel, gateway } = gatewayWith(node.controller.handlers);
    const requests = fc
      .constantFrom(...REQUESTING)
      .chain((intent) => fc.record({ intent: fc.constant(intent), payload: anyPayload(intent) }));
    const property = fc.asyncProperty(requests, async ({ intent, payload }) => {
      node.ports.clock.advance(10_000);
      const before = transport.requests.length;
      const saves = node.ports.settingsStore.saves.length;
      const result = (await electron.ipcMain.invoke(channelOf(intent), panel, payload)) as {
        ok: boolean;
        message?: string;
      };
      const sent = transport.requests.slice(before).filter((r) => r.method === 'POST');
      assert.ok(!JSON.stringify(result).includes(TOKEN), 'the token is in an IPC answer');
      const parsed = payloadSchemas[intent].safeParse(payload);
      if (!parsed.success) {
        assert.deepEqual(result, { ok: false, message: BAD_PAYLOAD });
        assert.equal(transport.requests.length, before, 'a refused payload produced a request');
        assert.equal(node.ports.settingsStore.saves.length, saves, 'a refused payload was saved');
        return;
      }
      if (intent === 'saveSettings' && result.ok === false)
        assert.equal(node.ports.settingsStore.saves.length, saves, 'refused settings were saved');
      if (intent === 'dial' || intent === 'scheduleCallback') {
        const { text } = parsed.data as { text: string };
        const understood = understand(text, node.controller.getState().settings);
        if (!understood.ok || understood.numbers.length !== 1)
          assert.deepEqual(sent, [], `refused text was sent: ${JSON.stringify(text)}`);
      }
      if (result.ok === false && typeof result.message === 'string')
        assert.equal(notHumanBecause(result.message, TOKEN), null, result.message);
    });
    return {
      property: asCase(property),
      dispose: async () => {
        gateway.dispose();
        await node.close();
      },
    };
  },
};
