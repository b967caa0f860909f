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

/** Each step turns one format into the next; the index is the format it reads. */
const upgrades: ReadonlyArray<(stored: unknown) => unknown> = [
  (bytes) => ({ version: 1, host: null, sealed: (bytes as Buffer).toString('base64') }),
];

/** The record in a token file of any known format; `null` for a file this app cannot read (a newer app's). */
export function readTokenFile(bytes: Buffer): TokenRecord | null {
  let stored: unknown = bytes;
  let version = formatOf(bytes);
  if (version === null || version > TOKEN_FORMAT) return null;
  if (version > 0) stored = JSON.parse(bytes.toString('utf8'));
  while (version < TOKEN_FORMAT) {
    const step = upgrades[version];
    if (!step) return null;
    stored = step(stored);
    version += 1;
  }
  const { host, sealed } = stored as { host?: unknown; sealed?: unknown };
  if (typeof sealed !== 'string' || (host !== null && typeof host !== 'string')) return null;
  return { version: TOKEN_FORMAT, host, sealed: Buffer.from(sealed, 'base64') };
}

export function writeTokenFile(record: Omit<TokenRecord, 'version'>): Buffer {
  const { host, sealed } = record;
  return Buffer.from(JSON.stringify({ version: TOKEN_FORMAT, host, sealed: sealed.toString('base64') }));
}

/** 0 for app 0.1.0's bare ciphertext (never JSON: safeStorage output starts with `v1…` or binary). */
function formatOf(bytes: Buffer): number | null {
  if (bytes[0] !== 0x7b /* { */) return 0;
  try {
    const version = (JSON.parse(bytes.toString('utf8')) as { version?: unknown }).version;
    return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : null;
  } catch {
    return 0;
  }
}
