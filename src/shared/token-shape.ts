/**
 * What a Xima API token can look like, checked in one place by the panel (before it sends), the main process
 * (before it stores), token provisioning (before it imports) and the client (before a request): printable ASCII
 * without quotes. A token copied from a chat or a document often arrives in “smart quotes” or with a stray space;
 * stored as is, it would only fail later, at the first dial.
 */
export const MAX_TOKEN_LENGTH = 8_192;

/** Why `token` (already trimmed) cannot be a Xima token, as a sentence; `null` when it has the right shape. */
export function tokenShapeProblem(token: string): string | null {
  if (token === '') return 'Paste the token from Xima’s API Service Users page.';
  if (token.length > MAX_TOKEN_LENGTH) return 'That is far longer than a Xima token — copy only the token.';
  if (/["'`“”‘’„«»]/.test(token)) {
    return 'That token has quotation marks in it, which a Xima token never has — copy it again from Xima, without quotes.';
  }
  if (/\s/.test(token)) {
    return 'That does not look like a Xima token: it has spaces or line breaks in it — copy it again from Xima.';
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(token)) {
    return 'That token has invisible control characters in it — copy it again from Xima.';
  }
  if (!/^[\x21-\x7e]+$/.test(token)) {
    return 'That token has characters a Xima token never has (letters with accents, symbols or emoji) — copy it again from Xima.';
  }
  return null;
}
