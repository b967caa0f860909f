import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PHONE_OPTIONS, understand } from '../../src/core/phone';
import { selection64k } from './selections';
import { median } from './stats';

/** Median time to understand the largest accepted selection (64 KiB, one number at the very end). */
export function measureExtract64k(runs: number): { ms: number; found: boolean } {
  const text = selection64k();
  const samples: number[] = [];
  let found = true;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = understand(text, DEFAULT_PHONE_OPTIONS);
    samples.push(performance.now() - start);
    if (!result.ok || result.numbers[0]?.dial !== '3855551234') found = false;
  }
  return { ms: median(samples), found };
}

/** The built CLI; built first (`scripts/build-cli.ts`) when it is missing. */
export function ensureBuiltCli(root: string): string {
  const cli = join(root, 'out', 'cli', 'xima-dial.js');
  if (!existsSync(cli)) {
    const built = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-cli.ts')], {
      cwd: root,
      stdio: 'ignore',
    });
    if (built.status !== 0 || !existsSync(cli)) throw new Error('building the CLI failed');
  }
  return cli;
}

function runOnce(args: string[], expect: string): Promise<[number, boolean]> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', () => resolve([performance.now() - start, false]));
    child.on('close', (code) => resolve([performance.now() - start, code === 0 && out.includes(expect)]));
  });
}

async function medianRun(args: string[], expect: string, runs: number): Promise<{ ms: number; ok: boolean }> {
  const samples: number[] = [];
  let ok = true;
  for (let i = 0; i < runs; i += 1) {
    const [ms, fine] = await runOnce(args, expect);
    samples.push(ms);
    ok &&= fine;
  }
  return { ms: median(samples), ok };
}

/** Median wall time of `node out/cli/xima-dial.js parse …`, a new process each time. */
export function measureCliParseCold(cli: string, runs: number): Promise<{ ms: number; ok: boolean }> {
  return medianRun([cli, 'parse', 'Call (385) 555-1234'], '3855551234', runs);
}

/**
 * Median wall time of a bare `node -e` on the same machine at the same moment: the floor under any
 * cold CLI run, so a miss can be told apart from a loaded machine.
 */
export function measureNodeStartup(runs: number): Promise<{ ms: number; ok: boolean }> {
  return medianRun(['-e', 'process.stdout.write("up")'], 'up', runs);
}
