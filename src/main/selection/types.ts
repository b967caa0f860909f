/**
 * Selection capture: one interface, one module per platform (chosen by `create-selection-reader.ts`).
 * A reader never throws; a failure is a sentence the agent can act on.
 */
export type Capture = { ok: true; text: string } | { ok: false; reason: string };

export interface SelectionReader {
  /** Reads the text highlighted in the app in front. */
  read(): Promise<Capture>;
}

/** Electron 45's clipboard (promise-returning since 44), narrowed to what capture needs. */
export interface ClipboardItemLike {
  readonly types: string[];
}

export interface ClipboardLike {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
  read(): Promise<ClipboardItemLike[]>;
  write(items: ClipboardItemLike[]): Promise<void>;
  /** Electron's is synchronous; the Win32 one (native/win32-clipboard.ts) waits for the clipboard to be free. */
  clear(): void | Promise<void>;
  /** Linux only: the PRIMARY selection (what is highlighted), `undefined` elsewhere. */
  readonly selection?: Pick<ClipboardLike, 'readText'>;
}

export { realClock, type Clock } from '../../core/clock';
