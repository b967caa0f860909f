// Every common way to write an extension after a number. The digit limits are libphonenumber's
// (createExtnPattern): up to 20 digits after a label that can only mean an extension ("ext.",
// "extension", ";ext=", Spanish "extensión", Portuguese "anexo"/"ramal", Russian "доб.", French
// "poste", German "Durchwahl"/"App."), up to 9 after an ambiguous one ("x", "#", "int.", "~"),
// where a long run is more likely the next number.
const SEPARATOR = '[ \\t]*[,;]?[ \\t]*';
const AFTER_LABEL = '[ \\t]*[.:=]?[ \\t]*';
const EXPLICIT =
  '(?:e?xt(?:ensi(?:o\\u0301?|\\u00f3))?n?|anexo|ramal|\\u0434\\u043e\\u0431|poste|durchwahl|apparat|app(?=\\.))';
const AMBIGUOUS = '(?:x|#|~|int)';
const EXTENSION_AFTER = new RegExp(
  `${SEPARATOR}(?:${EXPLICIT}${AFTER_LABEL}(\\d{1,20})|${AMBIGUOUS}${AFTER_LABEL}(\\d{1,9}))#?`,
  'iuy',
);
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
  const extension = match?.[1] ?? match?.[2];
  if (!match || extension === undefined) return null;
  const end = at + match[0].length;
  // "x 7th floor" or "#22B" is prose, not an extension.
  if (WORD_CHAR.test(text.charAt(end))) return null;
  return { extension, end };
}

/** The digits of a `;ext=` value after removing RFC 3966 visual separators, or null if it is not digits. */
export function extensionDigits(value: string): string | null {
  const digits = value.replace(/[-.() ]/g, '');
  return /^\d{1,20}$/.test(digits) ? digits : null;
}
