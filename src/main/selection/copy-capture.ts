import type { KeyEvent } from './key-sequence';
import type { Capture, ClipboardItemLike, ClipboardLike, Clock } from './types';

/** Sends key events to the app in front; false when the OS refused them. */
export type KeySender = (events: KeyEvent[]) => boolean;

export interface CopyCaptureDeps {
  clipboard: ClipboardLike;
  sendKeys: KeySender;
  /** The OS clipboard change counter (Windows sequence number, macOS changeCount); null when unknown. */
  changeCount: () => number | null;
  clock: Clock;
  /** Key events sent before the copy chord (releasing the hotkey's modifiers). */
  release: KeyEvent[];
  copy: KeyEvent[];
  /** How long the app in front gets to put the selection on the clipboard. */
  timeoutMs?: number;
  pollMs?: number;
}

/** A copy normally lands in 10–50 ms; 300 ms covers a busy app without making the agent wait. */
export const COPY_TIMEOUT_MS = 300;
const POLL_MS = 5;

export const NOTHING_COPIED =
  'Nothing was copied from the app in front — highlight the number and press the hotkey again, or copy it and use "Dial clipboard" in the tray menu.';
const KEYS_REFUSED =
  'The system did not accept the copy keystroke — copy the number yourself and use "Dial clipboard" in the tray menu.';

type Saved = { items: ClipboardItemLike[] } | { text: string } | null;

/** Everything the agent had on the clipboard, in every format Electron can read back (text, HTML, RTF, images). */
async function save(clipboard: ClipboardLike): Promise<Saved> {
  try {
    return { items: await clipboard.read() };
  } catch {
    try {
      return { text: await clipboard.readText() };
    } catch {
      return null;
    }
  }
}

async function restore(clipboard: ClipboardLike, saved: Saved): Promise<void> {
  try {
    if (saved && 'items' in saved && saved.items.length > 0) await clipboard.write(saved.items);
    else if (saved && 'text' in saved && saved.text) await clipboard.writeText(saved.text);
    else await clipboard.clear();
  } catch {
    // Restoring is best effort: the number was read, and failing the dial would not bring the clipboard back.
  }
}

/**
 * Simulated copy: save the clipboard, release held modifiers, send copy, wait until the clipboard
 * actually changes (polling the OS change counter — never a fixed sleep), read it, put the agent's
 * clipboard back. Without a change counter the clipboard is cleared first so that "changed" is visible.
 */
export async function captureByCopy(deps: CopyCaptureDeps): Promise<Capture> {
  const { clipboard, clock } = deps;
  const saved = await save(clipboard);
  const before = deps.changeCount();
  const cleared = before === null;
  if (cleared) await clipboard.clear();

  if (!deps.sendKeys([...deps.release, ...deps.copy])) {
    if (cleared) await restore(clipboard, saved);
    return { ok: false, reason: KEYS_REFUSED };
  }

  const changed = async (): Promise<boolean> =>
    before === null ? (await clipboard.readText().catch(() => '')) !== '' : deps.changeCount() !== before;
  const deadline = clock.now() + (deps.timeoutMs ?? COPY_TIMEOUT_MS);
  let arrived = await changed();
  while (!arrived && clock.now() < deadline) {
    await clock.sleep(deps.pollMs ?? POLL_MS);
    arrived = await changed();
  }

  const text = arrived ? await clipboard.readText().catch(() => null) : null;
  if (arrived || cleared) await restore(clipboard, saved);
  return text === null ? { ok: false, reason: NOTHING_COPIED } : { ok: true, text };
}
