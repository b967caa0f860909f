const SYSTEM_CODE =
  /\b(?:ECONNRESET|ECONNREFUSED|ECONNABORTED|ETIMEDOUT|ENOTFOUND|EPIPE|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPROTO|ERR_[A-Z_]+|UND_ERR_[A-Z_]+)\b/;

/**
 * Whether `message` is something an agent can read: a sentence (a capital first, several words), not
 * an error code, a status number, a stack line or a serialised object — and never holding the token.
 * Returns the reason it is not, or null when it is fine.
 */
export function notHumanBecause(message: unknown, token: string): string | null {
  if (typeof message !== 'string') return 'it is not text';
  if (token !== '' && message.includes(token)) return 'it contains the token';
  // A sentence may also open with the number it is about ("911 is an emergency number — …").
  if (!/^[A-Z"“]/.test(message) && !/^[+(]?\d[\d ()-]*\b(?:is|reaches) /.test(message))
    return 'it does not start like a sentence';
  if (message.trim().split(/\s+/).length < 4) return 'it is too short to be a sentence';
  // What the agent typed comes back “in quotes” and may hold anything; judge the app's own words.
  const own = message.replace(/“[^”]*”/g, '“…”');
  if (SYSTEM_CODE.test(own)) return 'it shows a system error code';
  if (/\bat .+:\d+:\d+/.test(own)) return 'it shows a stack trace';
  if (/\b(undefined|NaN)\b|\[object |^\{|^\[/.test(own)) return 'it shows program internals';
  if (/\n/.test(own)) return 'it spans several lines';
  return null;
}
