import { describe, expect, it } from 'vitest';
import { findBrowser, type BrowserSearchEnv } from '../../../scripts/lib/find-browser';

/** A machine with exactly these runnable files. */
function machine(
  platform: NodeJS.Platform,
  files: string[],
  env: BrowserSearchEnv['env'] = {},
): BrowserSearchEnv {
  const runnable = new Set(files);
  return {
    platform,
    env,
    home: platform === 'darwin' ? '/Users/dev' : '/home/dev',
    isExecutable: (p) => runnable.has(p),
  };
}

const LINUX_PATH = { PATH: '/usr/local/bin:/usr/bin:/bin' };
const WINDOWS_ENV = {
  LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local',
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
};

describe('finding a Chromium-family browser for the end-to-end tests', () => {
  it('takes CHROMIUM_PATH first, and says so when it points nowhere', () => {
    const env = { ...LINUX_PATH, CHROMIUM_PATH: '/home/dev/chrome-linux/chrome' };
    expect(
      findBrowser(machine('linux', ['/usr/bin/chromium', '/home/dev/chrome-linux/chrome'], env)),
    ).toEqual({
      ok: true,
      executablePath: '/home/dev/chrome-linux/chrome',
      name: '/home/dev/chrome-linux/chrome',
    });
    expect(findBrowser(machine('linux', ['/usr/bin/chromium'], env))).toEqual({
      ok: false,
      message:
        'CHROMIUM_PATH is set to /home/dev/chrome-linux/chrome, which is not a program this user can run.',
    });
  });

  it('on Linux: Chromium on PATH, then Chrome, then Edge where their packages put them', () => {
    const chromium = findBrowser(
      machine('linux', ['/opt/google/chrome/chrome', '/usr/bin/chromium'], LINUX_PATH),
    );
    expect(chromium).toMatchObject({ ok: true, name: 'Chromium', executablePath: '/usr/bin/chromium' });
    expect(findBrowser(machine('linux', ['/usr/bin/chromium-browser'], LINUX_PATH))).toMatchObject({
      executablePath: '/usr/bin/chromium-browser',
    });
    expect(findBrowser(machine('linux', ['/opt/google/chrome/chrome'], LINUX_PATH))).toMatchObject({
      name: 'Google Chrome',
      executablePath: '/opt/google/chrome/chrome',
    });
    expect(findBrowser(machine('linux', ['/opt/microsoft/msedge/msedge'], {}))).toMatchObject({
      name: 'Microsoft Edge',
    });
    // Only PATH is searched for the commands: a chromium outside it is someone else's.
    expect(findBrowser(machine('linux', ['/usr/bin/chromium'], { PATH: '/usr/local/bin' })).ok).toBe(false);
  });

  it('on macOS: the apps in /Applications or ~/Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(machine('darwin', [chrome]))).toEqual({
      ok: true,
      executablePath: chrome,
      name: 'Google Chrome',
    });
    const edge = '/Users/dev/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser(machine('darwin', [edge]))).toMatchObject({
      executablePath: edge,
      name: 'Microsoft Edge',
    });
    // A Linux path means nothing on a Mac.
    expect(findBrowser(machine('darwin', ['/usr/bin/chromium'], LINUX_PATH)).ok).toBe(false);
  });

  it('on Windows: per-user and per-machine installs of Chromium, Chrome and Edge', () => {
    const chrome = 'C:\\Users\\dev\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser(machine('win32', [chrome], WINDOWS_ENV))).toMatchObject({
      ok: true,
      executablePath: chrome,
    });
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(machine('win32', [edge], WINDOWS_ENV))).toMatchObject({
      executablePath: edge,
      name: 'Microsoft Edge',
    });
    // Without the variables (a stripped environment) nothing is guessed.
    expect(findBrowser(machine('win32', [edge], {})).ok).toBe(false);
  });

  it('with none, names the one command that gets a browser on that OS', () => {
    const none = (platform: NodeJS.Platform) => {
      const result = findBrowser(machine(platform, [], platform === 'win32' ? WINDOWS_ENV : LINUX_PATH));
      return result.ok ? null : result.message;
    };
    expect(none('linux')).toBe(
      "The end-to-end tests need Chromium, Google Chrome or Microsoft Edge and none was found: install one with sudo apt-get install chromium (Debian/Ubuntu; sudo dnf install chromium on Fedora), or set CHROMIUM_PATH to the browser's executable.",
    );
    expect(none('darwin')).toMatch(/install one with brew install --cask chromium, or set CHROMIUM_PATH/);
    expect(none('win32')).toMatch(/install one with winget install Google\.Chrome, or set CHROMIUM_PATH/);
  });
});
