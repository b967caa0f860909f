import { z } from 'zod';
import type { CallerId } from '../../shared/settings-schema';
import { callerIdKey } from '../../shared/caller-ids';
import type { CallerIdList } from './types';

// Lenient on purpose: a list Xima extends with new fields, or that omits the selected entry,
// must still show the agent's caller IDs. Entries that cannot be used are skipped, not fatal.
const entrySchema = z.object({
  label: z.string().max(200).nullish(),
  outboundCallerId: z.string().trim().min(1).max(64),
});

const listSchema = z.object({
  selectedOutboundCallerId: z.unknown().optional(),
  outboundCallerIds: z.array(z.unknown()).nullish(),
});

function toCallerId(value: unknown): CallerId | null {
  const parsed = entrySchema.safeParse(value);
  if (!parsed.success) return null;
  return { label: parsed.data.label ?? '', outboundCallerId: parsed.data.outboundCallerId };
}

/** More than anyone picks from; Xima has sent 40,000 (a misconfigured tenant), which froze the tray. */
export const MAX_CALLER_IDS = 500;

/**
 * The caller-ID list from Xima's JSON text, or null when it is not a list at all. Duplicates are
 * dropped and the list is cut after `MAX_CALLER_IDS` entries (`truncated` says so).
 */
export function parseCallerIdList(text: string): CallerIdList | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = listSchema.safeParse(json);
  if (!parsed.success) return null;
  const seen = new Set<string>();
  const callerIds: CallerId[] = [];
  let truncated = false;
  for (const entry of parsed.data.outboundCallerIds ?? []) {
    const callerId = toCallerId(entry);
    if (callerId === null || seen.has(callerIdKey(callerId))) continue;
    if (callerIds.length === MAX_CALLER_IDS) {
      truncated = true;
      break;
    }
    seen.add(callerIdKey(callerId));
    callerIds.push(callerId);
  }
  return { selected: toCallerId(parsed.data.selectedOutboundCallerId), callerIds, truncated };
}
