import type { AppUpdater } from 'electron-updater';
import { describe, expect, it } from 'vitest';
import { createUpdater, type AutoUpdaterLike } from '../../../../src/main/updater';
import type { UpdateState } from '../../../../src/shared/app-state';
import { createManualClock, createRecordingLogger } from '../../../support/node-ports';

// electron-updater's real autoUpdater must fit the interface the wiring is written against.
const fitsRealUpdater: (real: AppUpdater) => AutoUpdaterLike = (real) => real;
void fitsRealUpdater;

type Listener = (arg: never) => void;

class FakeAutoUpdater implements AutoUpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: AutoUpdaterLike['logger'] = null;
  feeds: { provider: 'generic'; url: string }[] = [];
  checks = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  failNextCheck: Error | null = null;
  private listeners = new Map<string, Listener[]>();

  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.feeds.push(options);
  }
  async checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    if (this.failNextCheck) throw this.failNextCheck;
    return null;
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: 'update-downloaded' | 'update-available', info: { version: string }): void;
  emit(event: 'error', error: Error): void;
  emit(event: string, arg: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (a: unknown) => void)(arg);
  }
}

function setup(
  overrides: {
    updateUrl?: string | null;
    platform?: 'win32' | 'darwin' | 'linux';
    appImage?: boolean;
    publisherName?: string | null;
    signatureValid?: boolean;
  } = {},
) {
  const fake = new FakeAutoUpdater();
  const states: UpdateState[] = [];
  const activity = { dialing: false, chooserOpen: false };
  const clock = createManualClock();
  const logger = createRecordingLogger();
  let loads = 0;
  const updater = createUpdater({
    updateUrl:
      overrides.updateUrl === undefined ? 'https://updates.acme.example/dialer/' : overrides.updateUrl,
    platform: overrides.platform ?? 'win32',
    packaged: true,
    appImage: overrides.appImage ?? false,
    loadAutoUpdater: () => {
      loads += 1;
      return fake;
    },
    readPublisherName: () =>
      overrides.publisherName === undefined ? 'Acme Contact Centre Ltd' : overrides.publisherName,
    verifySignature: () => Promise.resolve(overrides.signatureValid ?? false),
    onState: (state) => states.push(state),
    activity: () => activity,
    clock,
    logger,
  });
  return { fake, states, activity, clock, logger, updater, loads: () => loads };
}

describe('createUpdater', () => {
  it('stays off, without loading electron-updater, when the policy sets no update URL', async () => {
    const { updater, loads, logger } = setup({ updateUrl: null });
    await updater.start();
    updater.resumed();
    updater.restartToUpdate();
    expect(updater.enabled).toBe(false);
    expect(loads()).toBe(0);
    expect(logger.lines).toContainEqual({
      level: 'info',
      event: 'update.off',
      fields: { reason: 'no update URL is set by policy' },
    });
  });

  it('stays off for a Linux deb', () => {
    expect(setup({ platform: 'linux', appImage: false }).updater.enabled).toBe(false);
  });

  it('never checks on an unsigned Windows build, and the panel says why', async () => {
    const { fake, updater, states, loads, logger } = setup({ publisherName: null });
    await updater.start();
    updater.resumed();
    updater.restartToUpdate();
    expect(loads()).toBe(0);
    expect(fake.checks).toBe(0);
    const reason = 'Updates are off: this Windows build is not signed with a publisher name.';
    expect(states).toEqual([{ ready: false, version: null, offReason: reason }]);
    expect(logger.lines).toContainEqual({ level: 'warn', event: 'update.unsigned', fields: { reason } });
  });

  it('never checks from an AppImage, which has no signature to check', async () => {
    const { fake, updater, states } = setup({ platform: 'linux', appImage: true });
    await updater.start();
    expect(fake.checks).toBe(0);
    expect(states[0]?.offReason).toBe(
      'Updates are off: an AppImage update cannot be checked against a signature.',
    );
  });

  it('on macOS checks only when the code signature is valid', async () => {
    const invalid = setup({ platform: 'darwin', signatureValid: false });
    await invalid.updater.start();
    expect(invalid.fake.checks).toBe(0);
    expect(invalid.states[0]?.offReason).toBe(
      'Updates are off: this Mac app does not have a valid code signature.',
    );
    const valid = setup({ platform: 'darwin', signatureValid: true });
    await valid.updater.start();
    expect(valid.fake.checks).toBe(1);
    expect(valid.states).toEqual([]);
  });

  it('points electron-updater at the policy URL, downloads quietly and installs on quit', async () => {
    const { fake, updater } = setup();
    await updater.start();
    expect(updater.enabled).toBe(true);
    expect(fake.feeds).toEqual([{ provider: 'generic', url: 'https://updates.acme.example/dialer/' }]);
    expect(fake.autoDownload).toBe(true);
    expect(fake.autoInstallOnAppQuit).toBe(true);
    expect(fake.logger).not.toBeNull();
  });

  it('checks once at start, and on resume only after a few hours', async () => {
    const { fake, updater, clock } = setup();
    await updater.start();
    await updater.start();
    expect(fake.checks).toBe(1);
    clock.advance(30 * 60 * 1000);
    updater.resumed();
    expect(fake.checks).toBe(1);
    clock.advance(4 * 60 * 60 * 1000);
    updater.resumed();
    expect(fake.checks).toBe(2);
  });

  it('reports "ready" to the panel when the download completes, once', async () => {
    const { fake, states, updater } = setup();
    await updater.start();
    fake.emit('update-available', { version: '0.2.0' });
    expect(states).toEqual([]);
    fake.emit('update-downloaded', { version: '0.2.0' });
    fake.emit('error', new Error('net::ERR_INTERNET_DISCONNECTED'));
    expect(states).toEqual([{ ready: true, version: '0.2.0' }]);
  });

  it('logs a failed check instead of throwing or bothering the agent', async () => {
    const { fake, updater, logger, states } = setup();
    fake.failNextCheck = new Error('HttpError: 404');
    await updater.start();
    await Promise.resolve();
    await Promise.resolve();
    expect(logger.lines).toContainEqual({
      level: 'warn',
      event: 'update.failed',
      fields: { message: 'HttpError: 404' },
    });
    expect(states).toEqual([]);
  });

  it('installs on the agent’s click: silently, and starts the app again', async () => {
    const { fake, updater } = setup();
    await updater.start();
    fake.emit('update-downloaded', { version: '0.2.0' });
    updater.restartToUpdate();
    expect(fake.installs).toEqual([[true, true]]);
  });

  it('never installs while a dial is in flight or a chooser is open', async () => {
    const { fake, updater, activity } = setup();
    await updater.start();
    fake.emit('update-downloaded', { version: '0.2.0' });
    activity.dialing = true;
    updater.restartToUpdate();
    activity.dialing = false;
    activity.chooserOpen = true;
    updater.restartToUpdate();
    expect(fake.installs).toEqual([]);
    activity.chooserOpen = false;
    updater.restartToUpdate();
    expect(fake.installs).toHaveLength(1);
  });

  it('does not restart when nothing has been downloaded', async () => {
    const { fake, updater } = setup();
    await updater.start();
    updater.restartToUpdate();
    expect(fake.installs).toEqual([]);
  });
});
