import type { DialSource, HistoryEntry } from '../../shared/app-state';
import type { DialOutcome } from './pipeline';

export const HISTORY_LIMIT = 50;

type SentOutcome = Extract<DialOutcome, { kind: 'placed' | 'failed' }>;

export function toHistoryEntry(outcome: SentOutcome, source: DialSource, id: string): HistoryEntry {
  return {
    id,
    number: outcome.number,
    at: outcome.at,
    source,
    callerId: outcome.callerId,
    outcome: outcome.kind,
    message: outcome.kind === 'failed' ? outcome.message : null,
  };
}

/** Newest first, bounded so the file and the panel stay small. */
export function addToHistory(
  entries: HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  return [entry, ...entries].slice(0, limit);
}
