import { afterEach, describe, expect, it, vi } from 'vitest';
import type { XimaApi } from '../../../../src/core/xima/types';
import { createNodeController, type NodeController } from '../../../support/node-ports';

/** A client that answers at once, so only the controller's own scheduling is observed. */
function instantXima(): XimaApi {
  const ok = async () => ({ ok: true as const, value: undefined });
  return {
    clickToDial: ok,
    selectCallerId: ok,
    scheduleCallback: ok,
    warmUp: async () => undefined,
    listCallerIds: async () => ({
      ok: true,
      value: {
        selected: null,
        callerIds: [{ label: 'Sales Desk', outboundCallerId: '8015550100' }],
        truncated: false,
      },
    }),
  };
}

let app: NodeController | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await app?.close();
  app = null;
});

describe('idle', () => {
  it('holds no timers of its own: nothing polls while the panel is hidden', async () => {
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    app = createNodeController({
      settings: { host: 'acme.xima.cloud', extension: '1001' },
      token: 'a-token',
      demo: false,
      overrides: { createXima: () => instantXima() },
    });
    const { controller } = app;
    await controller.start();
    controller.panelShown();
    controller.resumed();
    controller.networkChanged(false);
    controller.networkChanged(true);
    await controller.handlers.refreshCallerIds(undefined);
    await controller.dialFromHotkey('3855551234');
    await controller.openLink('tel:+18015550199');
    expect(controller.getState().status).toBe('ready');
    expect(intervals).not.toHaveBeenCalled();
    expect(timeouts).not.toHaveBeenCalled();
  });
});
