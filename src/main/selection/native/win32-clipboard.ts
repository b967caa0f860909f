import type { ClipboardItemLike, ClipboardLike, Clock } from '../types';
import type { KoffiModule } from './load-koffi';

/**
 * The Windows clipboard through user32 directly, behind the same interface as Electron's. The simulated copy
 * saves and restores the agent's clipboard with it because it keeps every memory-backed format the app in front
 * put there — HTML, RTF, images as DIB, file lists, an app's own registered formats — not only what Electron
 * knows how to name, and because it is the path the Wine test runs for real (scripts/test-windows.ts).
 */

const CF_UNICODETEXT = 13;
const GMEM_MOVEABLE = 0x2;
/** Formats whose handle is a GDI object or owner-drawn, not global memory: they cannot be copied as bytes. */
const NOT_MEMORY = new Set([2, 3, 9, 14, 0x80, 0x82, 0x83, 0x8e]);
const PRIVATE_FIRST = 0x200;
const GDI_LAST = 0x3ff;
const STANDARD_NAMES: Record<number, string> = {
  1: 'CF_TEXT',
  7: 'CF_OEMTEXT',
  8: 'CF_DIB',
  13: 'CF_UNICODETEXT',
  15: 'CF_HDROP',
  16: 'CF_LOCALE',
  17: 'CF_DIBV5',
};
/** Another app may hold the clipboard open for a moment (the app in front, while it copies). */
const OPEN_ATTEMPTS = 40;
const OPEN_RETRY_MS = 5;

export const CLIPBOARD_BUSY = 'The Windows clipboard stayed locked by another app.';

export interface Win32Format {
  id: number;
  name: string;
  data: Buffer;
}

/** Everything that was on the clipboard, one entry per format, in the order the owner put them there. */
export class Win32ClipboardItem implements ClipboardItemLike {
  constructor(readonly formats: Win32Format[]) {}
  get types(): string[] {
    return this.formats.map((format) => format.name);
  }
}

export interface Win32Clipboard extends ClipboardLike {
  /** The id Windows gives a named format ("HTML Format"), registering it if new. */
  formatId(name: string): number;
}

export function createWin32Clipboard(koffi: KoffiModule, clock: Pick<Clock, 'sleep'>): Win32Clipboard {
  const user32 = koffi.load('user32.dll');
  const kernel32 = koffi.load('kernel32.dll');
  const OpenClipboard = user32.func('int __stdcall OpenClipboard(void *owner)');
  const CloseClipboard = user32.func('int __stdcall CloseClipboard()');
  const EmptyClipboard = user32.func('int __stdcall EmptyClipboard()');
  const EnumClipboardFormats = user32.func('uint32_t __stdcall EnumClipboardFormats(uint32_t format)');
  const GetClipboardData = user32.func('void *__stdcall GetClipboardData(uint32_t format)');
  const SetClipboardData = user32.func('void *__stdcall SetClipboardData(uint32_t format, void *data)');
  const GetClipboardFormatNameW = user32.func(
    'int __stdcall GetClipboardFormatNameW(uint32_t format, _Out_ uint8_t *name, int size)',
  );
  const RegisterClipboardFormatW = user32.func('uint32_t __stdcall RegisterClipboardFormatW(str16 name)');
  const CreateWindowExW = user32.func(
    'void *__stdcall CreateWindowExW(uint32_t exStyle, str16 cls, str16 title, uint32_t style, int x, int y, ' +
      'int w, int h, void *parent, void *menu, void *instance, void *param)',
  );
  const DestroyWindow = user32.func('int __stdcall DestroyWindow(void *window)');
  const GlobalAlloc = kernel32.func('void *__stdcall GlobalAlloc(uint32_t flags, size_t bytes)');
  const GlobalFree = kernel32.func('void *__stdcall GlobalFree(void *memory)');
  const GlobalLock = kernel32.func('void *__stdcall GlobalLock(void *memory)');
  const GlobalUnlock = kernel32.func('int __stdcall GlobalUnlock(void *memory)');
  const GlobalSize = kernel32.func('size_t __stdcall GlobalSize(void *memory)');
  const CopyMemory = kernel32.func('void __stdcall RtlMoveMemory(void *to, void *from, size_t bytes)');

  async function open(owner: unknown): Promise<void> {
    for (let attempt = 1; !OpenClipboard(owner); attempt += 1) {
      if (attempt >= OPEN_ATTEMPTS) throw new Error(CLIPBOARD_BUSY);
      await clock.sleep(OPEN_RETRY_MS);
    }
  }

  /** Reading needs no owner window; the clipboard is closed again whatever happens. */
  async function reading<T>(read: () => T): Promise<T> {
    await open(null);
    try {
      return read();
    } finally {
      CloseClipboard();
    }
  }

  /**
   * SetClipboardData fails unless the clipboard was opened with a window (an owner). The window is destroyed
   * right after, so no later EmptyClipboard by another app waits on a window that pumps no messages; the data
   * stays on the clipboard.
   */
  async function writing(formats: Win32Format[]): Promise<void> {
    const owner = CreateWindowExW(0, 'STATIC', '', 0, 0, 0, 0, 0, null, null, null, null);
    if (!owner) throw new Error('Windows refused a clipboard owner window.');
    try {
      await open(owner);
      try {
        EmptyClipboard();
        for (const format of formats) put(format);
      } finally {
        CloseClipboard();
      }
    } finally {
      DestroyWindow(owner);
    }
  }

  function put(format: Win32Format): void {
    const memory = GlobalAlloc(GMEM_MOVEABLE, Math.max(format.data.length, 1));
    if (!memory) return;
    const target = GlobalLock(memory);
    if (target) CopyMemory(target, format.data, format.data.length);
    GlobalUnlock(memory);
    // On success the system owns the memory; otherwise it is ours to free.
    if (!target || !SetClipboardData(format.id, memory)) GlobalFree(memory);
  }

  function bytesOf(id: number): Buffer | null {
    const memory = GetClipboardData(id);
    if (!memory) return null;
    const size = Number(GlobalSize(memory));
    const source = GlobalLock(memory);
    if (!source) return null;
    try {
      const data = Buffer.alloc(size);
      CopyMemory(data, source, size);
      return data;
    } finally {
      GlobalUnlock(memory);
    }
  }

  function nameOf(id: number): string {
    const standard = STANDARD_NAMES[id];
    if (standard) return standard;
    const buffer = Buffer.alloc(512);
    const length = GetClipboardFormatNameW(id, buffer, 256) as number;
    return length > 0 ? buffer.toString('utf16le', 0, length * 2) : `#${id}`;
  }

  function copyable(id: number): boolean {
    return !NOT_MEMORY.has(id) && !(id >= PRIVATE_FIRST && id <= GDI_LAST);
  }

  return {
    formatId: (name) => RegisterClipboardFormatW(name) as number,
    readText: () => reading(() => decodeText(bytesOf(CF_UNICODETEXT))),
    writeText: (text) => writing([{ id: CF_UNICODETEXT, name: 'CF_UNICODETEXT', data: encodeText(text) }]),
    read: () =>
      reading(() => {
        const formats: Win32Format[] = [];
        for (let id = EnumClipboardFormats(0) as number; id !== 0; id = EnumClipboardFormats(id) as number) {
          const data = copyable(id) ? bytesOf(id) : null;
          if (data) formats.push({ id, name: nameOf(id), data });
        }
        return formats.length > 0 ? [new Win32ClipboardItem(formats)] : [];
      }),
    write: (items) =>
      writing(items.flatMap((item) => (item instanceof Win32ClipboardItem ? item.formats : []))),
    clear: () => writing([]),
  };
}

/** CF_UNICODETEXT: UTF-16LE up to the first NUL (the memory block may be longer than the text). */
export function decodeText(data: Buffer | null): string {
  if (!data) return '';
  let end = 0;
  while (end + 1 < data.length && (data[end] !== 0 || data[end + 1] !== 0)) end += 2;
  return data.toString('utf16le', 0, end);
}

export function encodeText(text: string): Buffer {
  return Buffer.from(`${text}\0`, 'utf16le');
}
