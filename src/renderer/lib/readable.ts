/**
 * Main's sentences as the agent reads them. The core names the HTTP status for the support log
 * ("Xima had a problem on its side (HTTP 500) — …"); to an agent a bare status code is jargon, so the
 * panel drops a parenthesised status or system error code and ends the sentence with a full stop.
 */
const CODE_IN_BRACKETS = /\s*\(HTTP\s*\d{3}\)|\s*\((?:E[A-Z]{2,}|UND_ERR_[A-Z_]+|ERR_[A-Z_]+)\)/g;

export function readable(text: string): string {
  const clean = text.replace(CODE_IN_BRACKETS, '').trim();
  return /[\p{L}\p{N})]$/u.test(clean) ? `${clean}.` : clean;
}
