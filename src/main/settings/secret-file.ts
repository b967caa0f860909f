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
      // Write then rename: a crash mid-write never leaves half a token behind.
      const temporary = `${path}.tmp`;
      writeFileSync(temporary, data, { mode: 0o600 });
      renameSync(temporary, path);
    },
    remove() {
      rmSync(path, { force: true });
    },
  };
}
