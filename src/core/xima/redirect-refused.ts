/**
 * Thrown by a transport when Xima (or something in front of it) answers with a redirect. No transport
 * follows one: the bearer token would travel with it to another host, and a dial POST must never be
 * replayed. The client turns it into one sentence (`redirectError`).
 */
export class RedirectRefused extends Error {
  override name = 'RedirectRefused';

  /** `status` is null when the stack hides it (Chromium's opaque redirect). */
  constructor(readonly status: number | null) {
    super(status === null ? 'redirect refused' : `redirect ${status} refused`);
  }
}

/** Whether an answer is a redirect, in either form a fetch reports one. */
export function isRedirect(response: { status: number; type?: string }): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}
