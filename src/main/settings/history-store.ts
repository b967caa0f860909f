import { z } from 'zod';
import { HISTORY_LIMIT } from '../../core/dial';
import type { HistoryEntry } from '../../shared/app-state';
import { callerIdSchema } from '../../shared/settings-schema';
import type { HistoryStore, Logger } from '../ports';
import type { SecretFile } from './secret-file';

const numberSchema = z.object({
  dial: z.string().max(64),
  e164: z.string().max(64).nullable(),
  display: z.string().max(100),
  extension: z.string().max(32).nullable(),
  country: z.string().max(2).nullable(),
  kind: z.enum(['external', 'internal']),
});

const entrySchema = z.object({
  id: z.string().min(1).max(100),
  number: numberSchema,
  at: z.number(),
  source: z.enum(['hotkey', 'link', 'panel', 'tray']),
  callerId: callerIdSchema.nullable(),
  outcome: z.enum(['placed', 'failed']),
  message: z.string().max(1000).nullable(),
});

/**
 * Recent dials in their own file (customer numbers: readable by this user only). Entries that do not
 * parse are dropped rather than failing the whole list; a broken file means an empty list, not a crash.
 */
export function createHistoryStore(file: SecretFile, logger: Logger): HistoryStore {
  return {
    load() {
      let raw: unknown;
      try {
        const data = file.read();
        if (data === null) return [];
        raw = JSON.parse(data.toString('utf8'));
      } catch {
        logger.warn('history.unreadable');
        return [];
      }
      if (!Array.isArray(raw)) return [];
      return raw
        .map((item) => entrySchema.safeParse(item))
        .filter((parsed) => parsed.success)
        .map((parsed) => parsed.data as HistoryEntry)
        .slice(0, HISTORY_LIMIT);
    },
    save(entries) {
      file.write(Buffer.from(JSON.stringify(entries.slice(0, HISTORY_LIMIT)), 'utf8'));
    },
  };
}
