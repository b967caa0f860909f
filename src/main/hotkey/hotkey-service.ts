import {
  acceleratorForHumans,
  parseAccelerator,
  type Modifier,
  type Platform,
} from '../../shared/accelerator';

/** The part of Electron's `globalShortcut` the hotkey needs. */
export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
  isRegistered(accelerator: string): boolean;
}

export interface HotkeyEnvironment {
  platform: Platform;
  /** Linux session type is Wayland: shortcuts go through the desktop's GlobalShortcuts portal. */
  wayland: boolean;
}

export type Registration = { ok: true } | { ok: false; message: string };

/** One press of the registered hotkey; its modifiers are usually still held down when it arrives. */
export interface HotkeyPress {
  held: readonly Modifier[];
}

export interface HotkeyStatus {
  accelerator: string;
  registered: boolean;
  paused: boolean;
  message: string | null;
}

/**
 * Registers the agent's accelerator and says in words why it failed. `register()` is not trusted alone:
 * on macOS (https://github.com/electron/electron/issues/15863) and under the Wayland GlobalShortcuts portal
 * (asynchronous; the desktop may decline or remap it) it can report success for a shortcut that never
 * fires, and Electron's `isRegistered()` only echoes its own bookkeeping. So: a refusal or an unconfirmed
 * `isRegistered()` is a failure, and on those platforms a "registered" shortcut carries a sentence saying
 * it is not yet proven, until its first press arrives.
 */
export class HotkeyService {
  private accelerator = '';
  private registered = false;
  private paused = false;
  private message: string | null = null;
  /** A press has arrived for the current accelerator: the platform really delivers it. */
  private confirmed = false;

  constructor(
    private readonly shortcuts: GlobalShortcutLike,
    private readonly env: HotkeyEnvironment,
    private readonly onPress: (press: HotkeyPress) => void,
    /** The status changed without a call from the app (the first press proved the shortcut works). */
    private readonly onStatus: (status: HotkeyStatus) => void = () => undefined,
  ) {}

  status(): HotkeyStatus {
    return {
      accelerator: this.accelerator,
      registered: this.registered,
      paused: this.paused,
      message: this.message,
    };
  }

  /** Replaces the registered accelerator (an empty one means "no hotkey"). */
  apply(accelerator: string): HotkeyStatus {
    this.release();
    if (accelerator !== this.accelerator) this.confirmed = false;
    this.accelerator = accelerator;
    this.message = null;
    if (!this.paused && accelerator) this.claim();
    return this.status();
  }

  setPaused(paused: boolean): HotkeyStatus {
    if (paused === this.paused) return this.status();
    this.paused = paused;
    if (paused) this.release();
    else if (this.accelerator) this.claim();
    return this.status();
  }

  /** Whether `accelerator` could be registered now, without keeping it (the settings view asks). */
  check(accelerator: string): Registration {
    if (accelerator === this.accelerator && this.registered) return { ok: true };
    const result = this.tryRegister(accelerator, () => undefined);
    if (result.ok) this.shortcuts.unregister(accelerator);
    return result;
  }

  /** Frees the shortcut (on quit, or before another accelerator is applied). */
  release(): void {
    if (this.registered) this.shortcuts.unregister(this.accelerator);
    this.registered = false;
  }

  private claim(): void {
    const parsed = parseAccelerator(this.accelerator, this.env.platform);
    const press: HotkeyPress = { held: parsed.ok ? parsed.value.modifiers : [] };
    const result = this.tryRegister(this.accelerator, () => this.pressed(press));
    this.registered = result.ok;
    this.message = result.ok ? this.unprovenMessage() : result.message;
  }

  private pressed(press: HotkeyPress): void {
    this.onPress(press);
    if (this.confirmed) return;
    this.confirmed = true;
    if (this.message === null) return;
    this.message = null;
    this.onStatus(this.status());
  }

  /** Where `register()` may lie, a working-looking shortcut is only proven by its first press. */
  private unprovenMessage(): string | null {
    if (this.confirmed || !this.lies()) return null;
    const keys = acceleratorForHumans(this.accelerator, this.env.platform);
    if (this.env.wayland) {
      return (
        `${keys} waits for your desktop's "Global Shortcuts" portal — accept its prompt; if pressing ${keys} ` +
        `does nothing, assign it in your desktop's keyboard settings or choose another in Settings.`
      );
    }
    return (
      `${keys} is set, but macOS does not tell apps when another app uses the same keys — ` +
      `if pressing it does nothing, choose another in Settings.`
    );
  }

  private lies(): boolean {
    return this.env.platform === 'darwin' || this.env.wayland;
  }

  private tryRegister(accelerator: string, callback: () => void): Registration {
    const keys = acceleratorForHumans(accelerator, this.env.platform);
    let accepted: boolean;
    try {
      accepted = this.shortcuts.register(accelerator, callback);
    } catch {
      // Electron throws on an accelerator it cannot parse.
      return {
        ok: false,
        message: `"${accelerator}" is not a shortcut the system understands — use modifiers and one key, such as Ctrl+Alt+Shift+D.`,
      };
    }
    if (!accepted) return { ok: false, message: `${keys} is taken by another app — choose another.` };
    if (this.shortcuts.isRegistered(accelerator)) return { ok: true };
    this.shortcuts.unregister(accelerator);
    return { ok: false, message: this.unconfirmedMessage(keys) };
  }

  private unconfirmedMessage(keys: string): string {
    if (this.env.wayland) {
      return (
        `Your desktop did not confirm ${keys}: on Wayland global shortcuts go through the desktop's ` +
        `"Global Shortcuts" portal — accept its prompt, or assign the shortcut in your desktop's keyboard settings, ` +
        `or choose another.`
      );
    }
    if (this.env.platform === 'darwin') {
      return `${keys} is taken by macOS or another app — choose another.`;
    }
    return `${keys} is taken by another app — choose another.`;
  }
}
