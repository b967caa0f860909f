// Every common way to write an extension after a number: "ext. 22", "ext 22", "ext: 22",
// "extension 22", "extn 22", "x 7", "x7", "#22", ";ext=22", ", ext 22".
const EXTENSION_AFTER = /[ \t]*[,;]?[ \t]*(?:extension|extn|ext|x|#)[ \t]*[.:=]?[ \t]*(\d{1,7})#?/iy;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

export interface ExtensionMatch {
  extension: string;
  /** Index just after the extension in the scanned text. */
  end: number;
}

/** Reads an extension written right after a number ending at `at`, or null when there is none. */
export function readExtensionAfter(text: string, at: number): ExtensionMatch | null {
  EXTENSION_AFTER.lastIndex = at;
  const match = EXTENSION_AFTER.exec(text);
  if (!match || match[1] === undefined) return null;
  const end = at + match[0].length;
  // "x 7th floor" or "#22B" is prose, not an extension.
  if (WORD_CHAR.test(text.charAt(end))) return null;
  return { extension: match[1], end };
}

/** The digits of a `;ext=` value after removing RFC 3966 visual separators, or null if it is not digits. */
export function extensionDigits(value: string): string | null {
  const digits = value.replace(/[-.() ]/g, '');
  return /^\d{1,10}$/.test(digits) ? digits : null;
}
