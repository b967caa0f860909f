/**
 * Why koffi: the Windows and macOS capture needs three or four OS calls (SendInput, the clipboard change
 * counter, CGEventPost, AXIsProcessTrusted). koffi is an FFI library whose npm package ships prebuilt
 * binaries for every OS/arch inside it, so `npm install` compiles nothing and downloads nothing, and it is
 * Node-API based, so one build works in Node and in every Electron version. A C++ addon would need a
 * compiler or a download at install time (node-gyp/prebuild-install); nut.js/robotjs pull in far more.
 *
 * Loaded lazily on the first hotkey press and guarded: if it cannot load (unsupported arch, blocked by
 * antivirus) the app keeps running and the agent gets a sentence instead of a crash.
 */
import type * as Koffi from 'koffi';

export type KoffiModule = typeof Koffi;
export type NativeLoad<T> = { ok: true; value: T } | { ok: false; reason: string };

export const HELPER_MISSING =
  'The keyboard helper could not load on this computer, so the highlighted text cannot be copied — copy the number yourself and use "Dial clipboard" in the tray menu.';

export async function loadKoffi(): Promise<KoffiModule | null> {
  try {
    const module = (await import('koffi')) as KoffiModule & { default?: KoffiModule };
    return module.default ?? module;
  } catch {
    return null;
  }
}

/** Runs `build` once with koffi loaded; any failure becomes `{ ok: false }` with the helper sentence. */
export function lazyNative<T>(build: (koffi: KoffiModule) => T): () => Promise<NativeLoad<T>> {
  let loading: Promise<NativeLoad<T>> | null = null;
  return () => {
    loading ??= loadKoffi().then((koffi) => {
      if (!koffi) return { ok: false, reason: HELPER_MISSING };
      try {
        return { ok: true, value: build(koffi) };
      } catch {
        return { ok: false, reason: HELPER_MISSING };
      }
    });
    return loading;
  };
}
