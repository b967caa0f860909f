import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** A small binary file only this user can read (the encrypted token). */
export interface SecretFile {
  read(): Buffer | null;
  write(data: Buffer): void;
  remove(): void;
}

export function createSecretFile(path: string): SecretFile {
  return {
    read() {
      try {
        return readFileSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        // Reading a folder fails without naming it: the start-up failure names the file for the agent.
        throw Object.assign(error as NodeJS.ErrnoException, { path });
      }
    },
    write(data) {
      // Write then rename: a crash mid-write never leaves half a token behind. The temporary name is unique and
      // created exclusively (`wx`), so a file or symlink someone placed there beforehand is never written
      // through, and the token is never readable by others, not even for a moment (mode 0600 from the start).
      const temporary = `${path}.${randomBytes(8).toString('hex')}.tmp`;
      try {
        writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
    remove() {
      rmSync(path, { force: true });
    },
  };
}
