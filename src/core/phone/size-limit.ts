/**
 * Selections are measured in UTF-8 bytes, the unit the clipboard and the IPC channel carry,
 * so "64 KiB" means the same thing everywhere: 65,536 bytes are accepted, 65,537 are refused.
 */
export const MAX_INPUT_BYTES = 65_536;

/** True when `text` is over the limit; stops counting as soon as it knows, so huge inputs cost nothing. */
export function exceedsSizeLimit(text: string): boolean {
  // Every UTF-16 unit is at least one UTF-8 byte: longer strings are over without counting.
  if (text.length > MAX_INPUT_BYTES) return true;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A proper surrogate pair is one 4-byte code point; a lone surrogate becomes U+FFFD (3 bytes).
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > MAX_INPUT_BYTES) return true;
  }
  return false;
}
