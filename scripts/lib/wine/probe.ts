// Runs inside Wine under the Windows build of Node.js (bundled and started by probe-runner.ts): the app's own
// Windows capture wiring — createSelectionCapture → CopyingReader → captureByCopy → native/win32 (SendInput,
// the clipboard through user32) — driven by the Linux side over one loopback socket.
import koffi from 'koffi';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { createSelectionCapture } from '../../../src/main/selection/create-selection-reader';
import type { Modifier } from '../../../src/shared/accelerator';
import { loadWin32Native, type Win32Native } from '../../../src/main/selection/native/win32';
import {
  Win32ClipboardItem,
  decodeText,
  encodeText,
} from '../../../src/main/selection/native/win32-clipboard';
import { realClock, type ClipboardLike } from '../../../src/main/selection/types';
import type { ClipboardContent, InputState, ProbeReply, ProbeRequest } from './probe-protocol';

const CF_UNICODETEXT = 13;
const GUI_INMENUMODE = 0x4;
const GUI_SYSTEMMENUMODE = 0x8;
const GUI_POPUPMENUMODE = 0x10;
const MODIFIERS: Record<string, number> = {
  LShift: 0xa0,
  RShift: 0xa1,
  LCtrl: 0xa2,
  RCtrl: 0xa3,
  LAlt: 0xa4,
  RAlt: 0xa5,
  LWin: 0x5b,
  RWin: 0x5c,
};

const user32 = koffi.load('user32.dll');
const GUITHREADINFO = koffi.struct('PROBE_GUITHREADINFO', {
  cbSize: 'uint32_t',
  flags: 'uint32_t',
  hwndActive: 'void *',
  hwndFocus: 'void *',
  hwndCapture: 'void *',
  hwndMenuOwner: 'void *',
  hwndMoveSize: 'void *',
  hwndCaret: 'void *',
  rcCaret: koffi.struct('PROBE_RECT', { left: 'long', top: 'long', right: 'long', bottom: 'long' }),
});
const GetGUIThreadInfo = user32.func(
  'int __stdcall GetGUIThreadInfo(uint32_t thread, _Inout_ PROBE_GUITHREADINFO *info)',
);
const GetForegroundWindow = user32.func('void *__stdcall GetForegroundWindow()');
const GetWindowThreadProcessId = user32.func(
  'uint32_t __stdcall GetWindowThreadProcessId(void *window, void *pid)',
);
const GetWindowTextW = user32.func(
  'int __stdcall GetWindowTextW(void *window, _Out_ uint8_t *text, int size)',
);
const GetAsyncKeyState = user32.func('int16_t __stdcall GetAsyncKeyState(int vk)');
const advapi32 = koffi.load('advapi32.dll');
const GetNamedSecurityInfoW = advapi32.func(
  'uint32_t __stdcall GetNamedSecurityInfoW(str16 path, int type, uint32_t info, void *owner, void *group, ' +
    'void *dacl, void *sacl, _Out_ void **descriptor)',
);
const ConvertToSddl = advapi32.func(
  'int __stdcall ConvertSecurityDescriptorToStringSecurityDescriptorW(void *descriptor, uint32_t revision, ' +
    'uint32_t info, _Out_ str16 *text, void *length)',
);

/** Owner, group and DACL of a file or folder as SDDL (what icacls would show; Wine's icacls is a stub). */
function sddlOf(path: string): string | null {
  const OWNER_GROUP_DACL = 0x7;
  const descriptor: unknown[] = [null];
  if (GetNamedSecurityInfoW(path, 1, OWNER_GROUP_DACL, null, null, null, null, descriptor) !== 0) return null;
  const text: (string | null)[] = [null];
  return ConvertToSddl(descriptor[0], 1, OWNER_GROUP_DACL, text, null) ? (text[0] ?? null) : null;
}

/** Electron's clipboard does not exist here: if the capture fell back to it, the test must fail loudly. */
const noElectronClipboard: ClipboardLike = {
  readText: () => Promise.reject(new Error("Electron's clipboard was used")),
  writeText: () => Promise.reject(new Error("Electron's clipboard was used")),
  read: () => Promise.reject(new Error("Electron's clipboard was used")),
  write: () => Promise.reject(new Error("Electron's clipboard was used")),
  clear: () => {
    throw new Error("Electron's clipboard was used");
  },
};

async function native(): Promise<Win32Native> {
  const loaded = await loadWin32Native();
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.value;
}

const capture = createSelectionCapture(
  { platform: 'win32', wayland: false },
  { clipboard: noElectronClipboard, clock: realClock, openExternal: () => undefined },
);

async function clipboardContent(): Promise<ClipboardContent> {
  const { clipboard, keyboard } = await native();
  const items = await clipboard.read();
  const formats = items.flatMap((item) => (item instanceof Win32ClipboardItem ? item.formats : []));
  const html = formats.find((format) => format.name === 'HTML Format');
  return {
    text: decodeText(formats.find((format) => format.id === CF_UNICODETEXT)?.data ?? null),
    html: html ? html.data.toString('utf8').replace(/\0+$/, '') : '',
    formats: formats.map((format) => format.name),
    sequence: keyboard.changeCount(),
  };
}

/** CF_HTML: a header of byte offsets, then the document with the fragment marked. */
function cfHtml(fragment: string): Buffer {
  const header = (n: number[]): string =>
    `Version:0.9\r\nStartHTML:${pad(n[0])}\r\nEndHTML:${pad(n[1])}\r\nStartFragment:${pad(n[2])}\r\nEndFragment:${pad(n[3])}\r\n`;
  const start = header([0, 0, 0, 0]).length;
  const before = '<html><body><!--StartFragment-->';
  const after = '<!--EndFragment--></body></html>';
  const body = Buffer.byteLength(before + fragment + after);
  const fragmentStart = start + Buffer.byteLength(before);
  const fragmentEnd = fragmentStart + Buffer.byteLength(fragment);
  return Buffer.from(
    `${header([start, start + body, fragmentStart, fragmentEnd])}${before}${fragment}${after}\0`,
  );
}
const pad = (value: number | undefined): string => String(value ?? 0).padStart(10, '0');

function inputState(integrity: InputState['integrity']): InputState {
  const window = GetForegroundWindow();
  const thread = window ? (GetWindowThreadProcessId(window, null) as number) : 0;
  const info = { cbSize: koffi.sizeof(GUITHREADINFO), flags: 0 } as Record<string, unknown>;
  GetGUIThreadInfo(thread, info);
  const flags = Number(info.flags ?? 0);
  const title = Buffer.alloc(512);
  const length = window ? (GetWindowTextW(window, title, 256) as number) : 0;
  return {
    down: Object.entries(MODIFIERS)
      .filter(([, vk]) => ((GetAsyncKeyState(vk) as number) & 0x8000) !== 0)
      .map(([name]) => name),
    menuOpen:
      (flags & (GUI_INMENUMODE | GUI_SYSTEMMENUMODE | GUI_POPUPMENUMODE)) !== 0 ||
      Boolean(info.hwndMenuOwner),
    menuFlags: flags,
    foreground: title.toString('utf16le', 0, length * 2),
    integrity,
  };
}

async function answer(request: ProbeRequest): Promise<unknown> {
  const { keyboard, clipboard, layout } = await native();
  switch (request.op) {
    case 'layout':
      return { layout, pointerSize: koffi.sizeof('void *') };
    case 'setClipboard': {
      await clipboard.write([
        new Win32ClipboardItem([
          { id: CF_UNICODETEXT, name: 'CF_UNICODETEXT', data: encodeText(request.text) },
          { id: clipboard.formatId('HTML Format'), name: 'HTML Format', data: cfHtml(request.html) },
        ]),
      ]);
      return clipboardContent();
    }
    case 'getClipboard':
      return clipboardContent();
    case 'capture': {
      const started = performance.now();
      const result = await capture.read(request.held);
      const ms = performance.now() - started;
      return { capture: result, ms, ...keyboard.lastSent() };
    }
    case 'send': {
      const plan = keyboard.plan(request.events);
      keyboard.sendKeys(request.events);
      return { ...keyboard.lastSent(), plan };
    }
    case 'hold': {
      keyboard.sendKeys(request.keys.map((key: Modifier) => ({ key, down: true })));
      return keyboard.lastSent();
    }
    case 'state':
      return inputState(keyboard.integrity());
    case 'sddl':
      return sddlOf(request.path);
  }
}

const port = Number(process.argv[2]);
const socket = connect(port, '127.0.0.1');
const send = (reply: ProbeReply): boolean => socket.write(`${JSON.stringify(reply)}\n`);
for await (const line of createInterface({ input: socket })) {
  const { id, ...request } = JSON.parse(line) as ProbeRequest & { id: number };
  try {
    send({ id, ok: true, value: await answer(request) });
  } catch (error) {
    send({ id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
