import type { XimaErrorKind } from '../core/xima/types';

export const EXIT = {
  ok: 0,
  /** Bad input or configuration: nothing was sent. */
  badInput: 2,
  /** Xima refused the request (400, 403, 404). */
  rejected: 3,
  /** Xima rejected the token (401). */
  auth: 4,
  /** Xima is rate limiting (429). */
  rateLimited: 5,
  /** Network failure, timeout or a 5xx. */
  unavailable: 6,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(kind: XimaErrorKind): ExitCode {
  switch (kind) {
    case 'auth':
      return EXIT.auth;
    case 'rate-limited':
      return EXIT.rateLimited;
    case 'rejected':
    case 'forbidden':
    case 'not-found':
      return EXIT.rejected;
    case 'timeout':
    case 'network':
    case 'server':
      return EXIT.unavailable;
  }
}
