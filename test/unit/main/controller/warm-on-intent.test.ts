import { afterEach, describe, expect, it } from 'vitest';
import type { XimaApi } from '../../../../src/core/xima/types';
import { LINK_BURST_MS } from '../../../../src/main/controller/link-gate';
import { createDialActions, type DialActions } from '../../../../src/main/hotkey/dial-actions';
import { createNodeController, type NodeController } from '../../../support/node-ports';

let app: NodeController | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/**
 * A real controller and the real dial actions around a Xima client that records what reaches it. The
 * warm-up never settles: a POST that waited for it would never be sent.
 */
function agentDesk(options: { confirmLinks?: boolean } = {}) {
  const events: string[] = [];
  const api: XimaApi = {
    clickToDial: async () => (events.push('POST'), { ok: true, value: undefined }),
    listCallerIds: async () => (
      events.push('GET'),
      { ok: true, value: { selected: null, callerIds: [], truncated: false } }
    ),
    selectCallerId: async () => ({ ok: true, value: undefined }),
    scheduleCallback: async () => ({ ok: true, value: undefined }),
    warmUp: () => (events.push('warm'), new Promise<void>(() => undefined)),
  };
  app = createNodeController({
    settings: { host: 'acme.xima.cloud', extension: '1001', confirmLinks: options.confirmLinks ?? false },
    token: 'a-token',
    demo: false,
    overrides: { createXima: () => api },
  });
  const actions: DialActions = createDialActions({
    capture: {
      read: async () => {
        events.push('capture');
        await new Promise((r) => setTimeout(r, 20));
        return { ok: true, text: 'Call (385) 555-1234' };
      },
    },
    clipboard: { readText: async () => (events.push('clipboard'), '801 555 9876') },
    controller: app.controller,
    notifier: { show: () => undefined },
    accelerator: () => '',
    platform: 'linux',
  });
  return { events, actions, controller: app.controller };
}

describe('warm on intent: the connection opens while the selection is captured', () => {
  it('a hotkey press asks for the connection before the capture begins, then sends one POST', async () => {
    const { events, actions } = agentDesk();
    expect(await actions.hotkey({ held: ['control', 'alt'] })).toMatchObject({ ok: true });
    expect(events).toEqual(['warm', 'capture', 'POST']);
  });

  it('tray "Dial selection" and "Dial clipboard" warm before reading', async () => {
    const { events, actions } = agentDesk();
    await actions.selection();
    await actions.clipboard();
    expect(events).toEqual(['warm', 'capture', 'POST', 'warm', 'clipboard', 'POST']);
  });

  it('a link warms before it is read, even one that turns out to hold no number', async () => {
    const { events, controller } = agentDesk();
    expect(await controller.openLink('tel:+1-385-555-1234')).toMatchObject({ ok: true });
    // Past the burst window: a link right behind another is dropped before anything happens.
    app!.ports.clock.advance(LINK_BURST_MS);
    expect(await controller.openLink('tel:not-a-number')).toMatchObject({ ok: false });
    expect(events).toEqual(['warm', 'POST', 'warm']);
  });

  it('a press dropped during a capture neither warms nor dials a second time', async () => {
    const { events, actions } = agentDesk();
    const first = actions.hotkey({ held: [] });
    expect(await actions.hotkey({ held: [] })).toBeNull();
    await first;
    expect(events).toEqual(['warm', 'capture', 'POST']);
  });
});

describe('warming again when the agent comes back', () => {
  it('each return warms the connection and sends nothing (the shell calls this on resume, unlock, active again)', async () => {
    const { events, controller } = agentDesk();
    controller.resumed();
    controller.resumed();
    expect(events).toEqual(['warm', 'warm']);
  });
});
