// Wine's own Notepad, a real Windows program, as the app in front: xdotool focuses it and highlights text the
// way an agent's keyboard would (through the X server, which Wine reads like hardware).
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { run, windowsPath, type WineEnv } from './wine-env';

export interface Notepad {
  /** Focuses Notepad and highlights line `line` (1-based) whole. */
  select(line: number): Promise<void>;
  /** Focuses Notepad with the caret at the end of the text and nothing highlighted. */
  deselect(): Promise<void>;
  xdotool(...args: string[]): Promise<void>;
  stop(): void;
}

export async function startNotepad(wine: WineEnv, lines: readonly string[]): Promise<Notepad> {
  const file = join(wine.cache, 'run', 'agent-crm-notes.txt');
  await writeFile(file, `${lines.join('\r\n')}\r\n`);
  const child: ChildProcess = spawn('wine', ['notepad', windowsPath(file)], {
    env: wine.env,
    stdio: 'ignore',
  });
  const xdotool = async (...args: string[]): Promise<string> =>
    (await run('xdotool', args, { env: wine.env })).stdout.trim();
  const title = `${basename(file)} - Notepad`;
  const window = (await xdotool('search', '--sync', '--name', title)).split('\n')[0] ?? '';
  const focus = async (): Promise<void> => {
    await xdotool('windowfocus', '--sync', window);
  };
  return {
    async select(line) {
      await focus();
      await xdotool('key', '--clearmodifiers', 'ctrl+Home');
      for (let i = 1; i < line; i += 1) await xdotool('key', 'Down');
      await xdotool('key', 'Home', 'shift+End');
    },
    async deselect() {
      await focus();
      await xdotool('key', '--clearmodifiers', 'ctrl+End');
    },
    async xdotool(...args) {
      await xdotool(...args);
    },
    stop: () => void child.kill(),
  };
}
