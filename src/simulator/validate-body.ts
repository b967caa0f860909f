/** Body checks the way Xima documents them: JSON objects, required strings, no empty values. */

export type BodyCheck<T> = { ok: true; value: T } | { ok: false; message: string };

type FieldType = 'string' | 'boolean';

interface FieldSpec {
  type: FieldType;
  required: boolean;
}

/** Parses a JSON object body; anything else is a 400 with a reason. */
export function parseJsonObject(
  raw: string,
  contentType: string | undefined,
): BodyCheck<Record<string, unknown>> {
  if (!contentType || !/^application\/json\b/i.test(contentType)) {
    return { ok: false, message: 'Content-Type must be application/json.' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'Malformed JSON request body.' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, message: 'The request body must be a JSON object.' };
  }
  return { ok: true, value: parsed as Record<string, unknown> };
}

/**
 * Checks field presence and types. Unknown fields are refused so that a misspelt field
 * (the older docs' `outboundCallerID`) fails loudly here instead of being ignored silently.
 */
export function checkFields(
  body: Record<string, unknown>,
  spec: Record<string, FieldSpec>,
): BodyCheck<Record<string, unknown>> {
  for (const key of Object.keys(body)) {
    if (!(key in spec)) return { ok: false, message: `Unknown field "${key}".` };
  }
  for (const [key, field] of Object.entries(spec)) {
    const value = body[key];
    if (value === undefined) {
      if (field.required) return { ok: false, message: `Missing required field "${key}".` };
      continue;
    }
    if (typeof value !== field.type) return { ok: false, message: `Field "${key}" must be a ${field.type}.` };
    if (field.type === 'string' && (value as string).trim() === '') {
      return { ok: false, message: `Field "${key}" must not be empty.` };
    }
  }
  return { ok: true, value: body };
}

export const req = (type: FieldType): FieldSpec => ({ type, required: true });
export const opt = (type: FieldType): FieldSpec => ({ type, required: false });

/** What an agent could key in: digits with an optional leading `+`, or `*`/`#` codes. */
export function isDialString(value: string): boolean {
  return /^\+?[0-9*#]{1,32}$/.test(value);
}
