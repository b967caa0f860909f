import { afterEach, describe, expect, it } from 'vitest';
import type { XimaApi } from '../../../../src/core/xima/types';
import { createNodeController, type NodeController } from '../../../support/node-ports';

let app: NodeController | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the hotkey hot path', () => {
  it('puts the POST first: no settings or token reads, no disk writes, no logging, no state push before it', async () => {
    const events: string[] = [];
    const api: XimaApi = {
      clickToDial: async () => {
        events.push('POST');
        return { ok: true, value: undefined };
      },
      listCallerIds: async () => ({ ok: true, value: { selected: null, callerIds: [], truncated: false } }),
      selectCallerId: async () => ({ ok: true, value: undefined }),
      scheduleCallback: async () => ({ ok: true, value: undefined }),
      warmUp: async () => undefined,
    };
    app = createNodeController({
      settings: { host: 'acme.xima.cloud', extension: '1001' },
      token: 'a-token',
      demo: false,
      overrides: { createXima: () => api },
    });
    const { controller, ports } = app;
    await controller.start();
    const spy = <T extends object>(name: string, target: T, method: keyof T) => {
      const original = target[method] as (...args: unknown[]) => unknown;
      (target as Record<keyof T, unknown>)[method] = (...args: unknown[]) => {
        events.push(name);
        return original.apply(target, args);
      };
    };
    spy('settings.load', ports.settingsStore, 'load');
    spy('settings.save', ports.settingsStore, 'save');
    spy('token.get', ports.tokenVault, 'get');
    spy('history.save', ports.historyStore, 'save');
    spy('log', ports.logger, 'info');
    spy('log', ports.logger, 'warn');
    controller.subscribe(() => events.push('state'));

    await controller.dialFromHotkey('Call (385) 555-1234');

    expect(events[0]).toBe('POST');
    expect(events).not.toContain('settings.load');
    expect(events).not.toContain('settings.save');
    expect(events).not.toContain('token.get');
    expect(events.filter((e) => e === 'POST')).toHaveLength(1);
    expect(events).toContain('history.save');
    expect(events).toContain('log');
  });
});
