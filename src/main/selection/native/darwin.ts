import type { KeyEvent } from '../key-sequence';
import { lazyNative, type KoffiModule } from './load-koffi';
import type { MacAccessibility, NativeKeyboard } from './native-keyboard';

const FRAMEWORKS = '/System/Library/Frameworks';
/** Virtual key codes from HIToolbox Events.h. */
const KEYCODE: Record<Exclude<KeyEvent['key'], 'mask'>, number> = {
  c: 8,
  command: 55,
  shift: 56,
  alt: 58,
  control: 59,
};
const FLAG: Record<Exclude<KeyEvent['key'], 'c' | 'mask'>, number> = {
  shift: 0x20000,
  control: 0x40000,
  alt: 0x80000,
  command: 0x100000,
};
const kCGHIDEventTap = 0;
const kCFStringEncodingUTF8 = 0x08000100;

export interface MacNative {
  keyboard: NativeKeyboard;
  accessibility: MacAccessibility;
}

function build(koffi: KoffiModule): MacNative {
  const cg = koffi.load(`${FRAMEWORKS}/CoreGraphics.framework/CoreGraphics`);
  const cf = koffi.load(`${FRAMEWORKS}/CoreFoundation.framework/CoreFoundation`);
  const ax = koffi.load(`${FRAMEWORKS}/ApplicationServices.framework/ApplicationServices`);
  const objc = koffi.load('/usr/lib/libobjc.A.dylib');

  const CGEventCreateKeyboardEvent = cg.func(
    'void *CGEventCreateKeyboardEvent(void *source, uint16_t key, bool down)',
  );
  const CGEventSetFlags = cg.func('void CGEventSetFlags(void *event, uint64_t flags)');
  const CGEventPost = cg.func('void CGEventPost(uint32_t tap, void *event)');
  const CFRelease = cf.func('void CFRelease(void *ref)');
  const CFStringCreateWithCString = cf.func(
    'void *CFStringCreateWithCString(void *alloc, const char *s, uint32_t enc)',
  );
  const CFStringGetLength = cf.func('long CFStringGetLength(void *s)');
  const CFStringGetMaximumSizeForEncoding = cf.func(
    'long CFStringGetMaximumSizeForEncoding(long length, uint32_t enc)',
  );
  const CFStringGetCString = cf.func(
    'bool CFStringGetCString(void *s, _Out_ uint8_t *buffer, long size, uint32_t enc)',
  );
  const CFGetTypeID = cf.func('unsigned long CFGetTypeID(void *ref)');
  const CFStringGetTypeID = cf.func('unsigned long CFStringGetTypeID()');
  const AXIsProcessTrusted = ax.func('bool AXIsProcessTrusted()');
  const AXUIElementCreateSystemWide = ax.func('void *AXUIElementCreateSystemWide()');
  const AXUIElementCopyAttributeValue = ax.func(
    'int32_t AXUIElementCopyAttributeValue(void *element, void *attribute, _Out_ void **value)',
  );
  const objcGetClass = objc.func('void *objc_getClass(const char *name)');
  const selRegisterName = objc.func('void *sel_registerName(const char *name)');
  const sendId = objc.func('objc_msgSend', 'void *', ['void *', 'void *']);
  const sendLong = objc.func('objc_msgSend', 'long', ['void *', 'void *']);

  const cfString = (text: string): unknown => CFStringCreateWithCString(null, text, kCFStringEncodingUTF8);
  const focusedAttr = cfString('AXFocusedUIElement');
  const selectedAttr = cfString('AXSelectedText');

  function copyAttribute(element: unknown, attribute: unknown): unknown {
    const out: unknown[] = [null];
    const error = AXUIElementCopyAttributeValue(element, attribute, out) as number;
    return error === 0 ? out[0] : null;
  }

  function stringOf(ref: unknown): string | null {
    if (!ref || CFGetTypeID(ref) !== CFStringGetTypeID()) return null;
    const size =
      (CFStringGetMaximumSizeForEncoding(CFStringGetLength(ref), kCFStringEncodingUTF8) as number) + 1;
    const buffer = Buffer.alloc(size);
    if (!CFStringGetCString(ref, buffer, size, kCFStringEncodingUTF8)) return null;
    const end = buffer.indexOf(0);
    return buffer.subarray(0, end < 0 ? size : end).toString('utf8');
  }

  const keyboard: NativeKeyboard = {
    sendKeys(events) {
      let flags = 0;
      for (const event of events) {
        // macOS has no menu to mask: the sequence for it never carries the Windows mask key.
        if (event.key === 'mask') continue;
        if (event.key !== 'c') flags = event.down ? flags | FLAG[event.key] : flags & ~FLAG[event.key];
        const cgEvent = CGEventCreateKeyboardEvent(null, KEYCODE[event.key], event.down);
        if (!cgEvent) return false;
        // Explicit flags: a modifier the agent still holds must not leak into the synthetic copy.
        CGEventSetFlags(cgEvent, flags);
        CGEventPost(kCGHIDEventTap, cgEvent);
        CFRelease(cgEvent);
      }
      return true;
    },
    changeCount() {
      const pasteboard = sendId(objcGetClass('NSPasteboard'), selRegisterName('generalPasteboard'));
      return pasteboard ? (sendLong(pasteboard, selRegisterName('changeCount')) as number) : null;
    },
  };

  const accessibility: MacAccessibility = {
    isTrusted: () => Boolean(AXIsProcessTrusted()),
    selectedText() {
      const system = AXUIElementCreateSystemWide();
      const focused = copyAttribute(system, focusedAttr);
      CFRelease(system);
      if (!focused) return null;
      const selected = copyAttribute(focused, selectedAttr);
      CFRelease(focused);
      if (!selected) return null;
      const text = stringOf(selected);
      CFRelease(selected);
      return text;
    },
  };
  return { keyboard, accessibility };
}

export const loadMacNative = lazyNative(build);
