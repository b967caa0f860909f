// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HotkeyRecorder } from '../../../src/renderer/settings/hotkey-recorder';
import { appState, installFakeDialer, keyDown, mount, settle, type Mounted } from './fixtures';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

async function record(onChange: (a: string) => void) {
  view = await mount(
    <HotkeyRecorder
      value="CommandOrControl+Alt+Shift+D"
      platform="win32"
      paused={false}
      onChange={onChange}
      locked={false}
    />,
  );
  const button = view.container.querySelector<HTMLButtonElement>('#setting-hotkey')!;
  await act(async () => button.click());
  expect(button.textContent).toMatch(/Press the keys/);
  return button;
}

describe('hotkey recorder', () => {
  it('shows the current hotkey in the platform’s words', async () => {
    installFakeDialer(appState());
    view = await mount(
      <HotkeyRecorder
        value="CommandOrControl+Alt+Shift+D"
        platform="win32"
        paused={false}
        onChange={() => {}}
        locked={false}
      />,
    );
    expect(view.container.querySelector('kbd')?.textContent).toBe('Ctrl+Alt+Shift+D');
  });

  it('captures a combination, checks it with main, and adopts it when free', async () => {
    const fake = installFakeDialer(appState());
    const onChange = vi.fn();
    const button = await record(onChange);
    await keyDown(button, { code: 'AltLeft', key: 'Alt', altKey: true });
    await keyDown(button, { code: 'KeyK', key: 'k', ctrlKey: true, altKey: true });
    await settle();
    expect(fake.api.checkHotkey).toHaveBeenCalledExactlyOnceWith({ accelerator: 'CommandOrControl+Alt+K' });
    expect(onChange).toHaveBeenCalledExactlyOnceWith('CommandOrControl+Alt+K');
    expect(view!.container.textContent).toContain('Ctrl+Alt+K is free');
  });

  it('shows a conflict and keeps the old hotkey', async () => {
    const fake = installFakeDialer(appState());
    fake.api.checkHotkey = vi.fn(async () => ({
      ok: false as const,
      message: 'Ctrl+Alt+K is taken by another app — choose another.',
    }));
    const onChange = vi.fn();
    const button = await record(onChange);
    await keyDown(button, { code: 'KeyK', key: 'k', ctrlKey: true, altKey: true });
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    expect(view!.container.textContent).toContain('Ctrl+Alt+K is taken by another app — choose another.');
  });

  it('refuses a bare letter with a sentence and keeps recording', async () => {
    const fake = installFakeDialer(appState());
    const button = await record(vi.fn());
    await keyDown(button, { code: 'KeyK', key: 'k' });
    expect(fake.api.checkHotkey).not.toHaveBeenCalled();
    expect(view!.container.textContent).toMatch(/needs Ctrl, Alt or Cmd/);
    expect(button.textContent).toMatch(/Press the keys/);
  });
});
