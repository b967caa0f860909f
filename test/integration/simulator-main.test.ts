import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runXimaDial } from '../support/simulator';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run simulator` as a newcomer runs it: its banner, then the command it suggests. */
describe('npm run simulator', () => {
  it('prints its base URLs, a demo token and extension that the CLI can use at once, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/simulator/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, SIMULATOR_HTTP_PORT: '', SIMULATOR_HTTPS_PORT: '' },
    });
    let banner = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        banner += chunk.toString();
        if (banner.includes('Press Ctrl-C to stop.')) resolve();
      });
      child.once('exit', () => reject(new Error(`the simulator exited early:\n${banner}`)));
    });
    try {
      const baseUrl = /HTTP base URL:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
      const token = /Demo token:\s+(\S+)/.exec(banner)?.[1];
      const extension = /Demo extension:\s+(\S+)/.exec(banner)?.[1];
      expect(banner).toMatch(/HTTPS base URL:\s+https:\/\/127\.0\.0\.1:\d+/);
      expect(banner).toContain(`XIMA_BASE_URL=${baseUrl} XIMA_EXTENSION=${extension} XIMA_TOKEN=${token}`);
      const result = await runXimaDial(['caller-ids'], {
        XIMA_BASE_URL: baseUrl,
        XIMA_EXTENSION: extension,
        XIMA_TOKEN: token,
      });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('Sales Desk');
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('says which port is taken instead of printing a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'src/simulator/main.ts'],
          { cwd: repoRoot, env: { ...process.env, SIMULATOR_HTTP_PORT: String(port) }, timeout: 20_000 },
          (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
        );
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        `Port ${port} is already in use — stop the other simulator or leave SIMULATOR_HTTP_PORT and SIMULATOR_HTTPS_PORT unset to pick free ports`,
      );
    } finally {
      blocker.close();
    }
  });
});
