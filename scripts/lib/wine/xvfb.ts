// A private X server for Wine's windows: headless, on a display number Xvfb picks itself.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Xvfb {
  display: string;
  stop(): void;
}

export async function startXvfb(): Promise<Xvfb> {
  const child: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s.')), 10_000);
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code ?? 'a signal'} before it was ready.`));
    });
  });
  return { display, stop: () => void child.kill() };
}
