import { afterEach, describe, expect, it } from 'vitest';
import { createDialActions } from '../../src/main/hotkey/dial-actions';
import { eventually } from '../support/eventually';
import { LINK_ARMING_MS } from '../../src/shared/link-consent';
import { createNodeController, type NodeController } from '../support/node-ports';
import { useSimulator } from '../support/simulator';

// Real HTTP: the real controller and dial actions, the Node transport, the simulator counting what
// reaches it. The capture stands in for a simulated copy and watches the simulator while it runs.
const sim = useSimulator({ https: false });
let app: NodeController | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

function pressDesk(selections: string[]) {
  app = createNodeController({ simulator: sim(), demo: false });
  const connectionsDuringCapture: number[] = [];
  const actions = createDialActions({
    capture: {
      read: async () => {
        // The handshake has time to finish inside a copy; record whether it did.
        await eventually(() => sim().connections > 0, 20);
        connectionsDuringCapture.push(sim().connections);
        return { ok: true, text: selections.shift() ?? '' };
      },
    },
    clipboard: { readText: async () => '' },
    controller: app.controller,
    notifier: { show: () => undefined },
    accelerator: () => '',
    platform: 'linux',
  });
  return { actions, connectionsDuringCapture };
}

describe('warm on intent over real HTTP', () => {
  it('a cold press opens the connection during the capture; the simulator sees one connection and only the POST', async () => {
    const { actions, connectionsDuringCapture } = pressDesk(['Call (385) 555-1234']);
    expect(sim().connections).toBe(0);
    expect(await actions.hotkey({ held: [] })).toMatchObject({ ok: true });
    expect(connectionsDuringCapture).toEqual([1]);
    expect(sim().requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /rest/api/v1/agents/${sim().extension}/click-to-dial`,
    ]);
    expect(sim().connections).toBe(1);
    expect(sim().state.placedCalls).toHaveLength(1);
  });

  it('a press with the connection already open opens no other and sends nothing but its POST', async () => {
    const { actions } = pressDesk(['385-555-1234', '801-555-9876']);
    await actions.hotkey({ held: [] });
    await actions.hotkey({ held: [] });
    expect(sim().connections).toBe(1);
    expect(sim().requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('a link waiting for confirmation has its connection open and nothing sent; confirming sends the POST', async () => {
    pressDesk([]);
    const { controller } = app!;
    await controller.openLink('tel:+1-385-555-1234');
    const chooser = controller.getState().chooser;
    expect(chooser?.numbers).toHaveLength(1);
    await eventually(() => sim().connections > 0);
    expect(sim().connections).toBe(1);
    expect(sim().requests).toEqual([]);
    app!.ports.clock.advance(LINK_ARMING_MS);
    expect(
      await controller.handlers.chooseNumber({ chooserId: chooser!.id, index: 0, via: 'Enter' }),
    ).toMatchObject({
      ok: true,
    });
    expect(sim().connections).toBe(1);
    expect(sim().requests.map((r) => r.method)).toEqual(['POST']);
  });
});
