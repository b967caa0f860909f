import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import log from 'electron-log/main';
import type { LogMessage } from 'electron-log';
import type { Clock, Logger } from '../ports';
import { redactFields, redactText } from './redact';

export interface SupportLogOptions {
  /** The app's log folder ("Open log folder" opens it). */
  dir: string;
  clock: Clock;
  /** Rotate when the current file would grow past this (default 1 MiB). */
  maxBytes?: number;
  /** Rotated files kept besides the current one (default 3). */
  keep?: number;
  /** Also print warnings and errors (redacted) to the terminal; for unpackaged runs only. */
  echo?: boolean;
}

export interface SupportLog extends Logger {
  readonly file: string;
  addSecret(secret: string): void;
  /** Resolves once everything logged so far is on disk. */
  flush(): Promise<void>;
}

export const LOG_FILE_NAME = 'support.log';

type Level = 'info' | 'warn' | 'error';

let instances = 0;

function isFields(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Error);
}

/** One redacted line: `<ISO time> <LEVEL> <event> <fields as JSON>`. */
function formatLine(message: LogMessage): string {
  const parts = message.data.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  return `${message.date.toISOString()} ${message.level.toUpperCase()} ${parts.join(' ')}`;
}

/**
 * The support log, on electron-log's file transport. A redaction hook runs before every transport
 * (file, console, the renderer's devtools, and whatever electron-log itself logs), so neither the token
 * nor a customer's number can reach one. Log calls only queue; the queue goes to electron-log on a later
 * turn of the event loop, so a log call on the dial path costs no I/O. Rotated by size.
 */
export function createSupportLog(options: SupportLogOptions): SupportLog {
  const maxBytes = options.maxBytes ?? 1_048_576;
  const keep = options.keep ?? 3;
  const file = join(options.dir, LOG_FILE_NAME);
  // Exact strings to redact on top of the patterns (the token as the controller read it).
  let secrets: string[] = [];
  let queue: LogMessage[] = [];
  let scheduled: Promise<void> | null = null;

  instances += 1;
  const logger = log.create({ logId: `support-${instances}` });
  const { console: toConsole, file: toFile, ipc, remote } = logger.transports;
  toConsole.level = options.echo === true ? 'warn' : false;
  if (ipc) ipc.level = false;
  if (remote) remote.level = false;
  toFile.resolvePathFn = () => file;
  toFile.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  toFile.format = ({ message }) => [formatLine(message)];
  toFile.archiveLogFn = () => {
    // Numbered like logrotate: support.1.log is the newest old file; at most `keep` are kept.
    rmSync(join(options.dir, `support.${keep}.log`), { force: true });
    for (let index = keep - 1; index >= 0; index -= 1) {
      const from = index === 0 ? file : join(options.dir, `support.${index}.log`);
      try {
        renameSync(from, join(options.dir, `support.${index + 1}.log`));
      } catch {
        // A missing older file is normal.
      }
    }
  };

  logger.hooks.push((message, _transport, name) => {
    const data = message.data.map((item: unknown) => {
      if (typeof item === 'string') return redactText(item, secrets);
      if (item instanceof Error) return redactText(item.stack ?? item.message, secrets);
      if (isFields(item)) return redactFields(item, secrets);
      return redactText(String(item), secrets);
    });
    const safe = { ...message, data };
    // electron-log rotates when the file is already past maxSize; this makes it rotate when this line
    // would take it past maxBytes instead, so the current file never exceeds the limit.
    if (name === 'file') toFile.maxSize = maxBytes - Buffer.byteLength(`${formatLine(safe)}\n`);
    return safe;
  });

  function drain(): void {
    const messages = queue;
    queue = [];
    scheduled = null;
    for (const message of messages) logger.processMessage(message);
  }

  function write(level: Level, event: string, fields?: Record<string, unknown>): void {
    queue.push({
      data: fields === undefined ? [event] : [event, fields],
      date: new Date(options.clock.now()),
      level,
    } as LogMessage);
    // One-shot, not a repeating timer: the write happens after the current work (a dial) is done.
    scheduled ??= new Promise((resolve) => setImmediate(() => resolve(drain())));
  }

  return {
    file,
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    addSecret(secret) {
      if (secret.length >= 4 && !secrets.includes(secret)) secrets = [secret, ...secrets].slice(0, 4);
    },
    async flush() {
      if (scheduled) await scheduled;
      drain();
    },
  };
}
