import { z } from 'zod';
import type { CallerId } from '../../shared/settings-schema';
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

/** The caller-ID list from Xima's JSON text, or null when it is not a list at all. */
export function parseCallerIdList(text: string): CallerIdList | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = listSchema.safeParse(json);
  if (!parsed.success) return null;
  const callerIds: CallerId[] = [];
  for (const entry of parsed.data.outboundCallerIds ?? []) {
    const callerId = toCallerId(entry);
    const duplicate = callerIds.some(
      (c) => c.label === callerId?.label && c.outboundCallerId === callerId.outboundCallerId,
    );
    if (callerId && !duplicate) callerIds.push(callerId);
  }
  return { selected: toCallerId(parsed.data.selectedOutboundCallerId), callerIds };
}
