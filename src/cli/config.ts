import type { PhoneOptions } from '../core/phone/index';
import { resolveBaseUrl, validateExtension } from '../core/xima/base-url';
import type { ParsedArgs } from './args';

export type Env = Readonly<Record<string, string | undefined>>;
export type ReadTextFile = (path: string) => string;

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

export interface ConnectionConfig {
  baseUrl: string;
  /** What messages name: the host, never the token. */
  host: string;
  extension: string;
  token: string;
  timeoutMs: number;
}

const DEFAULT_TIMEOUT_S = 10;

/** An empty variable counts as unset, so `XIMA_HOST= xima-dial …` falls back like an absent one. */
export function envValue(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function flagValue(
  args: ParsedArgs,
  name: 'host' | 'base-url' | 'extension' | 'token-file' | 'country' | 'format' | 'timeout',
): string | undefined {
  const value = args.flags[name];
  return typeof value === 'string' ? value : undefined;
}

export function phoneOptions(args: ParsedArgs, env: Env): Resolved<PhoneOptions> {
  const country = flagValue(args, 'country') ?? envValue(env, 'XIMA_COUNTRY') ?? 'US';
  if (!/^[A-Za-z]{2}$/.test(country.trim())) {
    return { ok: false, message: `"${country}" is not a country code: use two letters such as US or GB` };
  }
  const format = (flagValue(args, 'format') ?? envValue(env, 'XIMA_FORMAT') ?? 'idd').trim().toLowerCase();
  if (format !== 'idd' && format !== 'e164') {
    return { ok: false, message: 'The international format must be idd or e164' };
  }
  return { ok: true, value: { defaultCountry: country.trim().toUpperCase(), internationalFormat: format } };
}

function readToken(args: ParsedArgs, env: Env, readFile: ReadTextFile): Resolved<string> {
  const file = flagValue(args, 'token-file');
  let token: string | undefined;
  let source = 'XIMA_TOKEN';
  if (file !== undefined) {
    source = `the token file ${file}`;
    try {
      token = readFile(file).trim();
    } catch (error) {
      const code = (error as { code?: string }).code;
      const why =
        code === 'ENOENT'
          ? 'it does not exist'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it could not be read';
      return { ok: false, message: `Could not read the token file ${file}: ${why}` };
    }
    if (token === '')
      return { ok: false, message: `The token file ${file} is empty — paste the Xima token into it` };
  } else {
    token = envValue(env, 'XIMA_TOKEN');
  }
  if (token === undefined) {
    return {
      ok: false,
      message:
        'No Xima token: set XIMA_TOKEN or use --token-file <file> (there is no token flag: arguments are visible to other users)',
    };
  }
  // Never echo the token back, not even in part.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    return {
      ok: false,
      message: `The token in ${source} contains spaces or unusual characters — copy it again`,
    };
  }
  return { ok: true, value: token };
}

function readTimeout(args: ParsedArgs): Resolved<number> {
  const raw = flagValue(args, 'timeout');
  if (raw === undefined) return { ok: true, value: DEFAULT_TIMEOUT_S * 1000 };
  const seconds = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 300) {
    return {
      ok: false,
      message: `--timeout must be a number of seconds above 0 and at most 300 (e.g. 5), not "${raw}"`,
    };
  }
  return { ok: true, value: Math.round(seconds * 1000) };
}

/** Everything a network command needs, flags over environment; `needsExtension` is false for callbacks. */
export function connectionConfig(
  args: ParsedArgs,
  env: Env,
  readFile: ReadTextFile,
  needsExtension: boolean,
): Resolved<ConnectionConfig> {
  const timeout = readTimeout(args);
  if (!timeout.ok) return timeout;
  // Explicit flags win as a pair: --host must not be overridden by a XIMA_BASE_URL left in the environment.
  const fromFlags = flagValue(args, 'host') !== undefined || flagValue(args, 'base-url') !== undefined;
  const host = fromFlags ? flagValue(args, 'host') : envValue(env, 'XIMA_HOST');
  const baseUrl = fromFlags ? flagValue(args, 'base-url') : envValue(env, 'XIMA_BASE_URL');
  if (host === undefined && baseUrl === undefined) {
    return { ok: false, message: 'No Xima tenant: set XIMA_HOST (e.g. acme.xima.cloud) or pass --host' };
  }
  const base = resolveBaseUrl({ host, baseUrl });
  if (!base.ok) return { ok: false, message: base.message };

  const extension = (flagValue(args, 'extension') ?? envValue(env, 'XIMA_EXTENSION') ?? '').trim();
  if (needsExtension || extension !== '') {
    if (extension === '')
      return { ok: false, message: 'No extension: set XIMA_EXTENSION or pass --extension (e.g. 1001)' };
    const problem = validateExtension(extension);
    if (problem) return { ok: false, message: problem };
  }
  const token = readToken(args, env, readFile);
  if (!token.ok) return token;
  return {
    ok: true,
    value: {
      baseUrl: base.url,
      host: new URL(base.url).host,
      // The callback endpoint has no extension; the client still wants a valid one.
      extension: extension === '' ? 'none' : extension,
      token: token.value,
      timeoutMs: timeout.value,
    },
  };
}
