import { describe, expect, it } from 'vitest';
import {
  MIN_RESUME_CHECK_INTERVAL_MS,
  NO_UPDATE,
  nextUpdateState,
  restartDecision,
  shouldCheckForUpdate,
  updatePlan,
} from '../../../src/core/update';

const URL = 'https://updates.acme.example/dialer/';
const packagedWindows = { updateUrl: URL, platform: 'win32', packaged: true, appImage: false } as const;

describe('updatePlan: updates are on only when an administrator set an update URL', () => {
  it('is off without an update URL in the policy', () => {
    expect(updatePlan({ ...packagedWindows, updateUrl: null })).toEqual({
      enabled: false,
      reason: 'no update URL is set by policy',
    });
  });

  it('uses the policy URL on Windows, macOS and a Linux AppImage', () => {
    expect(updatePlan(packagedWindows)).toEqual({ enabled: true, url: URL });
    expect(updatePlan({ ...packagedWindows, platform: 'darwin' })).toEqual({ enabled: true, url: URL });
    expect(updatePlan({ ...packagedWindows, platform: 'linux', appImage: true })).toEqual({
      enabled: true,
      url: URL,
    });
  });

  it('leaves a deb installation to the package manager', () => {
    expect(updatePlan({ ...packagedWindows, platform: 'linux', appImage: false })).toEqual({
      enabled: false,
      reason: 'a deb installation is updated by the package manager',
    });
  });

  it('never updates a development run', () => {
    expect(updatePlan({ ...packagedWindows, packaged: false }).enabled).toBe(false);
  });
});

describe('shouldCheckForUpdate: at start and on resume, never on a timer', () => {
  const t0 = Date.UTC(2026, 10, 21, 9);

  it('checks once at start', () => {
    expect(shouldCheckForUpdate('start', null, t0)).toBe(true);
    expect(shouldCheckForUpdate('start', t0, t0 + 1)).toBe(false);
  });

  it('checks on resume only when the last check is a few hours old', () => {
    expect(shouldCheckForUpdate('resume', t0, t0 + 10 * 60 * 1000)).toBe(false);
    expect(shouldCheckForUpdate('resume', t0, t0 + MIN_RESUME_CHECK_INTERVAL_MS)).toBe(true);
    expect(shouldCheckForUpdate('resume', null, t0)).toBe(true);
  });
});

describe('restartDecision: "Restart to update" never interrupts a dial', () => {
  const idle = { ready: true, dialing: false, chooserOpen: false };

  it('installs when an update is ready and the agent is not dialing or choosing', () => {
    expect(restartDecision(idle)).toEqual({ install: true });
  });

  it('waits while a call is being placed', () => {
    expect(restartDecision({ ...idle, dialing: true })).toEqual({
      install: false,
      message: 'A call is being placed — restart to update once it has gone through.',
    });
  });

  it('waits while the agent is choosing a number or confirming a link', () => {
    expect(restartDecision({ ...idle, chooserOpen: true })).toEqual({
      install: false,
      message: 'Finish choosing the number to call first, then restart to update.',
    });
  });

  it('does nothing when no update is downloaded', () => {
    expect(restartDecision({ ...idle, ready: false }).install).toBe(false);
  });
});

describe('nextUpdateState: what the panel shows', () => {
  it('shows "Restart to update" only once the update is downloaded', () => {
    const available = nextUpdateState(NO_UPDATE, { type: 'available', version: '0.2.0' });
    expect(available).toEqual({ ready: false, version: null });
    expect(nextUpdateState(available, { type: 'downloaded', version: '0.2.0' })).toEqual({
      ready: true,
      version: '0.2.0',
    });
  });

  it('keeps a downloaded update when a later check fails', () => {
    const ready = { ready: true, version: '0.2.0' };
    expect(nextUpdateState(ready, { type: 'error' })).toEqual(ready);
    expect(nextUpdateState(ready, { type: 'not-available' })).toEqual(ready);
  });
});
