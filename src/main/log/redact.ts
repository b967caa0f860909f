/**
 * Redaction at the source: everything passes through here before it is queued for the log file, so
 * neither the token nor a customer's phone number ever reaches the disk.
 */
const SECRET_KEYS = /token|authorization|secret|password|cookie|bearer/i;
const NUMBER_KEYS = /number|dial|phone|callerid|text|uri|selection/i;

const BEARER = /bearer\s+\S+/gi;
/** Token-like runs: 20+ characters of token alphabet holding both letters and digits. */
const SECRET_RUN = /[A-Za-z0-9_\-.~+/=]{20,}/g;
/** Four or more digits, possibly with the separators people put in phone numbers. */
const DIGIT_RUN = /\+?\d(?:[\d\s().\-/\u00a0]*\d){3,}/g;

export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[secret]');
  return out
    .replace(BEARER, 'Bearer [secret]')
    .replace(SECRET_RUN, (run) => (/[A-Za-z]/.test(run) && /\d/.test(run) ? '[secret]' : run))
    .replace(DIGIT_RUN, '[number]');
}

function redactValue(key: string, value: unknown, secrets: readonly string[], depth: number): unknown {
  if (SECRET_KEYS.test(key)) return '[secret]';
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    // Long numbers may be phone numbers passed as numbers; short ones are statuses and counts.
    return NUMBER_KEYS.test(key) || Math.abs(value) >= 1_000_000 ? '[number]' : value;
  }
  if (typeof value === 'string')
    return NUMBER_KEYS.test(key) ? '[number]' : redactText(value, secrets).slice(0, 500);
  if (depth >= 3) return '[…]';
  if (Array.isArray(value))
    return value.slice(0, 20).map((item) => redactValue(key, item, secrets, depth + 1));
  if (typeof value === 'object') return redactFields(value as Record<string, unknown>, secrets, depth + 1);
  return String(typeof value);
}

export function redactFields(
  fields: Record<string, unknown>,
  secrets: readonly string[] = [],
  depth = 0,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields)
      .slice(0, 30)
      .map(([key, value]) => [key, redactValue(key, value, secrets, depth)]),
  );
}
