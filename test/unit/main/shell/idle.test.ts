import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { bootedElectron } from './root-electron';
import { eventually, panelOf } from './shell-harness';

/**
 * The whole main process (src/main/index.ts on the shared fake), started and left alone with the panel
 * hidden: an agent's laptop must not wake up for the tray app. Every timer the app creates is tracked;
 * once start-up has settled none may be left waiting, and nothing may repeat.
 */
interface Tracked {
  delay: number;
  done: boolean;
  stack: string;
}
const tracked: Tracked[] = [];
const intervals: string[] = [];
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetInterval = globalThis.setInterval;
const handles = new WeakMap<object, Tracked>();

globalThis.setTimeout = ((callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
  const entry: Tracked = { delay: delay ?? 0, done: false, stack: new Error().stack ?? '' };
  tracked.push(entry);
  const handle = realSetTimeout(
    (...inner: unknown[]) => {
      entry.done = true;
      callback(...inner);
    },
    delay,
    ...args,
  );
  handles.set(handle, entry);
  return handle;
}) as typeof setTimeout;
globalThis.clearTimeout = ((handle?: NodeJS.Timeout) => {
  const entry = handle ? handles.get(handle) : undefined;
  if (entry) entry.done = true;
  realClearTimeout(handle);
}) as typeof clearTimeout;
globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
  intervals.push(new Error().stack ?? '');
  return realSetInterval(...args);
}) as typeof setInterval;

const dir = mkdtempSync(join(tmpdir(), 'xtd-idle-'));
vi.mock('electron', async () => (await import('./root-electron')).fakeElectronModule(dir));

afterAll(() => {
  globalThis.setTimeout = realSetTimeout;
  globalThis.clearTimeout = realClearTimeout;
  globalThis.setInterval = realSetInterval;
  bootedElectron().app.quit();
  rmSync(dir, { recursive: true, force: true });
});

describe('idle main process', () => {
  it('holds no repeating or pending timers once started with the panel hidden', async () => {
    await import('../../../../src/main/index');
    const electron = bootedElectron();
    electron.app.becomeReady();
    await eventually(() => electron.windows.length > 0 && electron.globalShortcut.registered.size === 1);
    expect(panelOf(electron).isVisible()).toBe(false);

    // Let start-up work (first log flush, caller-ID refresh) finish.
    await new Promise((resolve) => realSetTimeout(resolve, 300));

    expect(intervals).toEqual([]);
    expect(
      tracked.filter((entry) => !entry.done).map((entry) => `${entry.delay} ms at ${entry.stack}`),
    ).toEqual([]);
  });
});
