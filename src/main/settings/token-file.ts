import { recordedFormat, upgradeStored, type UpgradeSteps } from './versioned-file';

/**
 * token.bin's format: `{ version, host, sealed }` as JSON, where `sealed` is the token encrypted by safeStorage
 * (base64) and `host` the tenant it belongs to. App 0.1.0 wrote the encrypted bytes alone (format 0); they are
 * upgraded on first read, unbound, and bound to the first host they are used with.
 */
export const TOKEN_FORMAT = 1;

export interface TokenRecord {
  version: typeof TOKEN_FORMAT;
  /** The tenant host the token belongs to (lower case); `null` until first used (provisioned, or upgraded). */
  host: string | null;
  /** safeStorage's ciphertext. */
  sealed: Buffer;
}

const upgrades: UpgradeSteps = [
  (bytes) => ({ version: 1, host: null, sealed: (bytes as Buffer).toString('base64') }),
];

/** What a token file holds, and the format it was stored in (older than TOKEN_FORMAT: rewrite it). */
export interface TokenFileContents {
  record: TokenRecord;
  format: number;
}

/** The record in a token file of any known format; `null` for a file this app cannot read (a newer app's). */
export function readTokenFile(bytes: Buffer): TokenFileContents | null {
  const { stored, format } = storedForm(bytes);
  const upgraded = upgradeStored(stored, format, TOKEN_FORMAT, upgrades);
  if (format === null || upgraded === null) return null;
  const { host, sealed } = upgraded as { host?: unknown; sealed?: unknown };
  if (typeof sealed !== 'string' || (host !== null && typeof host !== 'string')) return null;
  return { record: { version: TOKEN_FORMAT, host, sealed: Buffer.from(sealed, 'base64') }, format };
}

export function writeTokenFile(record: Omit<TokenRecord, 'version'>): Buffer {
  const { host, sealed } = record;
  return Buffer.from(JSON.stringify({ version: TOKEN_FORMAT, host, sealed: sealed.toString('base64') }));
}

/**
 * The file parsed once, with its format. Format 0 is app 0.1.0's bare ciphertext, never JSON (safeStorage
 * output starts with `v1…` or binary), so bytes that are not a JSON document are read as format 0 too.
 */
function storedForm(bytes: Buffer): { stored: unknown; format: number | null } {
  if (bytes[0] !== 0x7b /* { */) return { stored: bytes, format: 0 };
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { stored: bytes, format: 0 };
  }
  return { stored: json, format: recordedFormat(json) };
}
