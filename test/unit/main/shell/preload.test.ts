import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { buildDialerApi, type IpcRendererLike } from '../../../../src/preload/dialer-api';
import { NAVIGATE_CHANNEL, payloadSchemas, STATE_CHANNEL } from '../../../../src/shared/ipc-contract';

class FakeIpcRenderer extends EventEmitter implements IpcRendererLike {
  readonly invoked: unknown[][] = [];
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    return { ok: true };
  }
  /** Main pushing to this renderer. */
  push(channel: string, value: unknown): void {
    this.emit(channel, { sender: 'event objects carry the sender' }, value);
  }
}

describe('window.dialer', () => {
  it('has one function per intent plus onState/onNavigate, and nothing generic', () => {
    const api = buildDialerApi(new FakeIpcRenderer());
    expect(Object.keys(api).sort()).toEqual([...Object.keys(payloadSchemas), 'onNavigate', 'onState'].sort());
    for (const forbidden of ['send', 'invoke', 'on', 'ipcRenderer', 'process', 'require']) {
      expect(api).not.toHaveProperty(forbidden);
    }
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each intent on its own channel, with no stray argument for payload-less intents', async () => {
    const ipc = new FakeIpcRenderer();
    const api = buildDialerApi(ipc);
    await api.dial({ text: '385-555-1234', callerId: null });
    await (api.getState as (x?: unknown) => Promise<unknown>)('ignored');
    expect(ipc.invoked).toEqual([
      ['dialer:dial', { text: '385-555-1234', callerId: null }],
      ['dialer:getState'],
    ]);
  });

  it('onState hands over only the state, and its unsubscribe removes that very listener', () => {
    const ipc = new FakeIpcRenderer();
    const api = buildDialerApi(ipc);
    const seenA: unknown[] = [];
    const seenB: unknown[] = [];
    const stopA = api.onState((state) => seenA.push(state));
    api.onState((state) => seenB.push(state));
    ipc.push(STATE_CHANNEL, { n: 1 });
    stopA();
    ipc.push(STATE_CHANNEL, { n: 2 });
    expect(seenA).toEqual([{ n: 1 }]);
    expect(seenB).toEqual([{ n: 1 }, { n: 2 }]);
    expect(ipc.listenerCount(STATE_CHANNEL)).toBe(1);
    stopA();
    expect(ipc.listenerCount(STATE_CHANNEL)).toBe(1);
  });

  it('onNavigate unsubscribes too', () => {
    const ipc = new FakeIpcRenderer();
    const api = buildDialerApi(ipc);
    const views: unknown[] = [];
    const stop = api.onNavigate((view) => views.push(view));
    ipc.push(NAVIGATE_CHANNEL, 'settings');
    stop();
    ipc.push(NAVIGATE_CHANNEL, 'chooser');
    expect(views).toEqual(['settings']);
    expect(ipc.listenerCount(NAVIGATE_CHANNEL)).toBe(0);
  });
});
