import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
}

export interface SupportLog extends Logger {
  readonly file: string;
  addSecret(secret: string): void;
  /** Resolves once everything logged so far is on disk. */
  flush(): Promise<void>;
}

export const LOG_FILE_NAME = 'support.log';

/**
 * The support log. Lines are redacted when logged (never later), queued in memory and written on a
 * later turn of the event loop, so a log call on the dial path costs no I/O. Rotated by size.
 */
export function createSupportLog(options: SupportLogOptions): SupportLog {
  const maxBytes = options.maxBytes ?? 1_048_576;
  const keep = options.keep ?? 3;
  const file = join(options.dir, LOG_FILE_NAME);
  let queue: string[] = [];
  let size: number | null = null;
  let writing: Promise<void> = Promise.resolve();
  let scheduled = false;
  // Exact strings to redact on top of the patterns (the token as the controller read it).
  let secrets: string[] = [];

  async function rotate(): Promise<void> {
    await rm(join(options.dir, `support.${keep}.log`), { force: true });
    for (let index = keep - 1; index >= 1; index -= 1) {
      await rename(
        join(options.dir, `support.${index}.log`),
        join(options.dir, `support.${index + 1}.log`),
      ).catch(() => undefined);
    }
    await rename(file, join(options.dir, 'support.1.log')).catch(() => undefined);
    size = 0;
  }

  async function write(): Promise<void> {
    const lines = queue;
    queue = [];
    if (lines.length === 0) return;
    const chunk = lines.join('');
    try {
      if (size === null) {
        await mkdir(options.dir, { recursive: true });
        size = await stat(file).then(
          (info) => info.size,
          () => 0,
        );
      }
      if (size > 0 && size + Buffer.byteLength(chunk) > maxBytes) await rotate();
      await appendFile(file, chunk, { mode: 0o600 });
      size += Buffer.byteLength(chunk);
    } catch {
      // A full disk or a locked file must never break the app; the lines are dropped.
    }
  }

  function log(level: string, event: string, fields?: Record<string, unknown>): void {
    const safe = fields === undefined ? '' : ` ${JSON.stringify(redactFields(fields, secrets))}`;
    queue.push(
      `${new Date(options.clock.now()).toISOString()} ${level} ${redactText(event, secrets)}${safe}\n`,
    );
    if (scheduled) return;
    scheduled = true;
    // One-shot, not a repeating timer: the write happens after the current work (a dial) is done.
    setImmediate(() => {
      scheduled = false;
      writing = writing.then(write);
    });
  }

  return {
    file,
    info: (event, fields) => log('INFO', event, fields),
    warn: (event, fields) => log('WARN', event, fields),
    error: (event, fields) => log('ERROR', event, fields),
    addSecret(secret) {
      if (secret.length >= 4 && !secrets.includes(secret)) secrets = [secret, ...secrets].slice(0, 4);
    },
    async flush() {
      writing = writing.then(write);
      await writing;
    },
  };
}
