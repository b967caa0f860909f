import { z } from 'zod';
import { HISTORY_LIMIT } from '../../core/dial';
import type { HistoryEntry } from '../../shared/app-state';
import type { UnderstoodNumber } from '../../shared/phone-types';
import { callerIdSchema } from '../../shared/settings-schema';
import type { HistoryStore, Logger } from '../ports';
import type { SecretFile } from './secret-file';
import { recordedFormat, upgradeStored, type UpgradeSteps } from './versioned-file';

/** The history file's format: `{ version, entries }`. Files from app 0.1.0 are a bare list (format 0). */
export const HISTORY_FORMAT = 1;

const numberSchema = z.object({
  dial: z.string().max(64),
  e164: z.string().max(64).nullable(),
  display: z.string().max(100),
  extension: z.string().max(32).nullable(),
  country: z.string().max(2).nullable(),
  kind: z.enum(['external', 'internal']),
}) satisfies z.ZodType<UnderstoodNumber>;

const entrySchema = z.object({
  id: z.string().min(1).max(100),
  number: numberSchema,
  at: z.number(),
  source: z.enum(['hotkey', 'link', 'panel', 'tray']),
  callerId: callerIdSchema.nullable(),
  outcome: z.enum(['placed', 'failed']),
  message: z.string().max(1000).nullable(),
}) satisfies z.ZodType<HistoryEntry>;

/** A future change of an entry's type adds a step instead of dropping the agent's recent dials. */
const upgrades: UpgradeSteps = [(list) => ({ version: 1, entries: list })];

function upgrade(raw: unknown): unknown[] | null {
  const format = Array.isArray(raw) ? 0 : recordedFormat(raw);
  const stored = upgradeStored(raw, format, HISTORY_FORMAT, upgrades);
  const entries = (stored as { entries?: unknown } | null)?.entries;
  return Array.isArray(entries) ? entries : null;
}

/**
 * Recent dials in their own file (customer numbers: readable by this user only). Entries that do not
 * parse are dropped rather than failing the whole list; a broken file, or one from a newer app the
 * agent went back from, means an empty list, not a crash.
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
      const items = upgrade(raw);
      if (items === null) {
        logger.warn('history.unknown-format');
        return [];
      }
      return items
        .map((item) => entrySchema.safeParse(item))
        .filter((parsed) => parsed.success)
        .map((parsed) => parsed.data)
        .slice(0, HISTORY_LIMIT);
    },
    save(entries) {
      const stored = { version: HISTORY_FORMAT, entries: entries.slice(0, HISTORY_LIMIT) };
      file.write(Buffer.from(JSON.stringify(stored), 'utf8'));
    },
  };
}
