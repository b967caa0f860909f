/** The operating systems the app runs on, named as Node's `process.platform` names them. */
export type Platform = 'darwin' | 'win32' | 'linux';
