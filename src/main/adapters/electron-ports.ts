import type { Clipboard, Hotkeys, Shell } from '../ports';
import type { HotkeyService } from '../hotkey/hotkey-service';

/** The controller's clipboard port over Electron 45's promise-returning clipboard. */
export function clipboardPort(clipboard: { writeText(text: string): Promise<void> }): Clipboard {
  return {
    writeText(text) {
      void clipboard.writeText(text).catch(() => undefined);
    },
  };
}

export function shellPort(shell: { openPath(path: string): Promise<string> }): Shell {
  return { openPath: (path) => shell.openPath(path) };
}

/** HotkeyChecker + HotkeyApplier over the shell's HotkeyService. */
export function hotkeysPort(service: HotkeyService): Hotkeys {
  return {
    async check(accelerator) {
      const result = service.check(accelerator);
      return result.ok ? null : result.message;
    },
    apply: async (accelerator) => service.apply(accelerator),
    setPaused: async (paused) => service.setPaused(paused),
  };
}
