/**
 * Whether `message` is something an agent can read: a sentence (a capital first, several words), not
 * an error code, a status number, a stack line or a serialised object — and never holding the token.
 * Returns the reason it is not, or null when it is fine.
 */
export function notHumanBecause(message: unknown, token: string): string | null {
  if (typeof message !== 'string') return 'it is not text';
  if (token !== '' && message.includes(token)) return 'it contains the token';
  if (!/^[A-Z"“]/.test(message)) return 'it does not start like a sentence';
  if (message.trim().split(/\s+/).length < 4) return 'it is too short to be a sentence';
  if (/\bE[A-Z]{3,}\b|\bERR_[A-Z_]+\b/.test(message)) return 'it shows a system error code';
  if (/\bat .+:\d+:\d+/.test(message)) return 'it shows a stack trace';
  if (/\b(undefined|NaN)\b|\[object |^\{|^\[/.test(message)) return 'it shows program internals';
  if (/\n/.test(message)) return 'it spans several lines';
  return null;
}
