/** The `code` of a node:fs error (`ENOENT`, `EACCES`…), for sentences and the log; never the message. */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}
