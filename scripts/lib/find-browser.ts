import { accessSync, constants } from 'node:fs';
import { posix } from 'node:path';

/** Names a developer would point the end-to-end tests at a browser with. */
export const BROWSER_VARIABLE = 'CHROMIUM_PATH';

export interface BrowserSearchEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  /** Whether `path` is a file this user may run. */
  isExecutable(path: string): boolean;
}

export type BrowserSearch =
  { ok: true; executablePath: string; name: string } | { ok: false; message: string };

interface Candidate {
  name: string;
  /** Program names looked up in PATH (Linux only: elsewhere browsers are not on PATH). */
  commands?: string[];
  /** Fixed places, `{VAR}` standing for an environment variable's value. */
  paths: string[];
}

const LINUX: Candidate[] = [
  { name: 'Chromium', commands: ['chromium', 'chromium-browser'], paths: ['/snap/bin/chromium'] },
  {
    name: 'Google Chrome',
    commands: ['google-chrome', 'google-chrome-stable'],
    paths: ['/opt/google/chrome/chrome'],
  },
  {
    name: 'Microsoft Edge',
    commands: ['microsoft-edge', 'microsoft-edge-stable'],
    paths: ['/opt/microsoft/msedge/msedge'],
  },
];

const mac = (app: string, binary: string) => [
  `/Applications/${app}.app/Contents/MacOS/${binary}`,
  `{HOME}/Applications/${app}.app/Contents/MacOS/${binary}`,
];
const MAC: Candidate[] = [
  { name: 'Chromium', paths: mac('Chromium', 'Chromium') },
  { name: 'Google Chrome', paths: mac('Google Chrome', 'Google Chrome') },
  { name: 'Microsoft Edge', paths: mac('Microsoft Edge', 'Microsoft Edge') },
];

const windows = (folder: string, exe: string) =>
  ['{LOCALAPPDATA}', '{PROGRAMFILES}', '{PROGRAMFILES(X86)}'].map(
    (root) => `${root}\\${folder}\\Application\\${exe}`,
  );
const WINDOWS: Candidate[] = [
  { name: 'Chromium', paths: windows('Chromium', 'chrome.exe') },
  { name: 'Google Chrome', paths: windows('Google\\Chrome', 'chrome.exe') },
  { name: 'Microsoft Edge', paths: windows('Microsoft\\Edge', 'msedge.exe') },
];

/** The one command that gets a browser on each OS. */
const INSTALL: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'sudo apt-get install chromium (Debian/Ubuntu; sudo dnf install chromium on Fedora)',
  darwin: 'brew install --cask chromium',
  win32: 'winget install Google.Chrome',
};

/**
 * Finds a Chromium-family browser for the end-to-end tests the way a developer has one: the variable first,
 * then Chromium, Google Chrome and Microsoft Edge where their installers put them. Nothing is downloaded.
 */
export function findBrowser(search: BrowserSearchEnv): BrowserSearch {
  const explicit = search.env[BROWSER_VARIABLE]?.trim();
  if (explicit) {
    return search.isExecutable(explicit)
      ? { ok: true, executablePath: explicit, name: explicit }
      : {
          ok: false,
          message: `${BROWSER_VARIABLE} is set to ${explicit}, which is not a program this user can run.`,
        };
  }
  for (const candidate of candidatesFor(search.platform)) {
    for (const path of placesOf(candidate, search)) {
      if (search.isExecutable(path)) return { ok: true, executablePath: path, name: candidate.name };
    }
  }
  const install = INSTALL[search.platform] ?? 'your package manager';
  return {
    ok: false,
    message:
      `The end-to-end tests need Chromium, Google Chrome or Microsoft Edge and none was found: install one with ` +
      `${install}, or set ${BROWSER_VARIABLE} to the browser's executable.`,
  };
}

function candidatesFor(platform: NodeJS.Platform): Candidate[] {
  if (platform === 'darwin') return MAC;
  if (platform === 'win32') return WINDOWS;
  return LINUX;
}

function placesOf(candidate: Candidate, search: BrowserSearchEnv): string[] {
  const dirs = (search.env.PATH ?? '').split(':').filter(Boolean);
  const onPath = (candidate.commands ?? []).flatMap((command) => dirs.map((dir) => posix.join(dir, command)));
  const fixed = candidate.paths.flatMap((template) => {
    let unset = false;
    // process.env reads Windows variables whatever their case (ProgramFiles, PROGRAMFILES).
    const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = name === 'HOME' ? search.home : search.env[name];
      if (!value) unset = true;
      return value ?? '';
    });
    return unset ? [] : [path];
  });
  return [...onPath, ...fixed];
}

/** The search as this machine answers it. */
export function findBrowserHere(): BrowserSearch {
  return findBrowser({
    platform: process.platform,
    env: process.env,
    home: process.env.HOME ?? process.env.USERPROFILE ?? '',
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  });
}
