import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index';

/**
 * One simulator per test file, reset before each test (seed state, no scripts, empty request log).
 * Usage: `const sim = useSimulator();` then `sim().baseUrl` inside tests.
 */
export function useSimulator(options: SimulatorOptions = {}): () => Simulator {
  let simulator: Simulator | null = null;
  beforeAll(async () => {
    simulator = await startSimulator(options);
  });
  beforeEach(() => {
    simulator?.reset();
  });
  afterAll(async () => {
    await simulator?.close();
    simulator = null;
  });
  return () => {
    if (!simulator) throw new Error('useSimulator(): the simulator is only available inside tests and hooks');
    return simulator;
  };
}

/** The POSTs the simulator received for one route, e.g. `postsTo(sim, 'click-to-dial')`. */
export function postsTo(simulator: Simulator, suffix: string): Simulator['requests'] {
  return simulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix));
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The environment `xima-dial` needs to reach this simulator over plain HTTP. */
export function cliEnv(simulator: Simulator): Record<string, string> {
  return {
    XIMA_BASE_URL: simulator.baseUrl,
    XIMA_EXTENSION: simulator.extension,
    XIMA_TOKEN: simulator.token,
  };
}

let bundle: Promise<string> | null = null;

/** The CLI bundled once per test file into a temporary folder (spawning tsx per run is slow). */
function cliBundle(): Promise<string> {
  bundle ??= (async () => {
    const { buildCli } = await import('../../scripts/build-cli');
    const dir = mkdtempSync(join(tmpdir(), 'xima-dial-bundle-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return buildCli(dir);
  })();
  return bundle;
}

/**
 * `xima-dial` in this process: the same runCli the binary runs, with the same real HTTP to the
 * simulator, for the long tables (a process per row costs half a second). Each file keeps a few
 * process runs for what only a process shows: the exit code and flushed output.
 */
export async function runXimaDialHere(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  const { runCli } = await import('../../src/cli/run');
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    readFile: (path) => readFileSync(path, 'utf8'),
  });
  return { code, stdout, stderr };
}

/**
 * Runs `xima-dial` in a child process: the esbuild bundle by default, or from source through tsx
 * (`fromSource`, as `npm run cli` does). The parent's XIMA_* variables are not inherited; `env`
 * values of `undefined` are left out.
 */
export async function runXimaDial(
  args: string[],
  env: Record<string, string | undefined> = {},
  options: { fromSource?: boolean } = {},
): Promise<CliRun> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('XIMA_')));
  const merged = Object.fromEntries(Object.entries({ ...base, ...env }).filter(([, v]) => v !== undefined));
  const entry = options.fromSource ? ['--import', 'tsx', 'src/cli/main.ts'] : [await cliBundle()];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...entry, ...args],
      { cwd: repoRoot, env: merged, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
