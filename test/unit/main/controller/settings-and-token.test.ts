import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_RULES } from '../../../../src/core/dial';
import { createRecordingShell } from '../../../support/node-ports';
import { postsTo, useSimulator } from '../../../support/simulator';
import { useController } from './use-controller';
import type { TokenVault } from '../../../../src/main/ports';
import { createSecretFile, createTokenVault, storability } from '../../../../src/main/settings';
import { reversibleSafeStorage } from '../settings/fake-safe-storage';
import { useTempDir } from '../settings/temp-dir';

const sim = useSimulator({ https: false });
const open = useController(sim);
const tempDir = useTempDir('xtd-token-flow-');

/** A stored token that cannot be read: the panel asks for it again, nothing crashes and nothing is dialled. */
async function expectTokenAskedAgain(tokenVault: TokenVault): Promise<void> {
  const { controller } = open({ overrides: { tokenVault } });
  expect(controller.getState()).toMatchObject({
    status: 'not-configured',
    tokenStored: false,
    statusMessage: 'The stored token could not be read on this computer — paste it again in Settings.',
  });
  await controller.dialFromHotkey('385-555-1234');
  expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
}

describe('saving settings', () => {
  it('answers per-field sentences and saves nothing when a field is wrong', async () => {
    const { controller, ports } = open();
    const result = await controller.handlers.saveSettings({
      host: 'acme.xima.cloud/path',
      extension: '10 01',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.host).toMatch(/without a path/);
    expect(result.errors.extension).toMatch(/letters and digits/);
    expect(ports.settingsStore.saves).toHaveLength(0);
    expect(controller.getState().settings.host).toBe('acme.xima.cloud');
  });

  it('cleans a pasted URL, saves, and applies the hotkey and launch-at-login', async () => {
    const { controller, ports } = open();
    const result = await controller.handlers.saveSettings({
      host: 'https://acme.xima.cloud/',
      hotkey: 'CommandOrControl+Alt+Shift+K',
      launchAtLogin: true,
    });
    expect(result).toEqual({ ok: true });
    expect(ports.settingsStore.current.host).toBe('acme.xima.cloud');
    expect(controller.getState().hotkey).toMatchObject({
      accelerator: 'CommandOrControl+Alt+Shift+K',
      registered: true,
    });
    expect(ports.loginItem.enabled).toBe(true);
  });

  it('refuses a hotkey another app holds, with the reason', async () => {
    const { controller } = open({ takenHotkeys: ['Control+Alt+D'] });
    const result = await controller.handlers.saveSettings({ hotkey: 'Control+Alt+D' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.hotkey).toBe('Control+Alt+D is taken by another app — choose another.');
    expect(await controller.handlers.checkHotkey({ accelerator: 'Shift+A' })).toMatchObject({ ok: false });
  });

  it('keeps settings the administrator locked', async () => {
    const policy = {
      settings: { host: 'acme.xima.cloud' },
      locked: ['host' as const],
      demoAllowed: false,
      updateUrl: null,
      callRules: DEFAULT_CALL_RULES,
      requireKeyring: false,
    };
    const { controller } = open({ policy, settings: { host: '' } });
    expect(controller.getState().settings.host).toBe('acme.xima.cloud');
    expect(controller.getState().locked).toEqual(['host']);
    const result = await controller.handlers.saveSettings({ host: 'other.xima.cloud' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.host).toBe('Set by your administrator — it cannot be changed here.');
    expect((await controller.handlers.saveSettings({ host: 'acme.xima.cloud', keepHistory: false })).ok).toBe(
      true,
    );
  });

  it('clears recent dials when history is turned off', async () => {
    const { controller, ports } = open();
    await controller.dialFromHotkey('3855551234');
    expect(controller.getState().history).toHaveLength(1);
    await controller.handlers.saveSettings({ keepHistory: false });
    expect(controller.getState().history).toEqual([]);
    expect(ports.historyStore.entries).toEqual([]);
    ports.clock.advance(10_000);
    await controller.dialFromHotkey('3855551234');
    expect(controller.getState().history).toEqual([]);
  });

  it('redials from history and clears it', async () => {
    const { controller, ports } = open();
    await controller.dialFromHotkey('3855551234');
    ports.clock.advance(10_000);
    const id = controller.getState().history[0]?.id ?? '';
    expect((await controller.handlers.redial({ historyId: id })).ok).toBe(true);
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(2);
    expect(controller.getState().history.map((h) => h.source)).toEqual(['panel', 'hotkey']);
    await controller.handlers.clearHistory(undefined);
    expect(ports.historyStore.entries).toEqual([]);
  });
});

describe('the token', () => {
  it('is stored and removed without ever appearing in state', async () => {
    const { controller, ports } = open({ token: null });
    expect(controller.getState()).toMatchObject({ tokenStored: false, status: 'not-configured' });
    const saved = await controller.handlers.setToken({ token: `  ${sim().token}\n` });
    expect(saved).toEqual({ ok: true, message: 'Token saved, encrypted by your system’s keyring.' });
    expect(ports.tokenVault.token).toBe(sim().token);
    expect(controller.getState().tokenStored).toBe(true);
    expect(JSON.stringify(controller.getState())).not.toContain(sim().token);
    await controller.handlers.refreshCallerIds(undefined);
    expect(controller.getState().status).toBe('ready');
    await controller.handlers.removeToken(undefined);
    expect(controller.getState()).toMatchObject({
      tokenStored: false,
      status: 'not-configured',
      callerIds: [],
    });
  });

  it('says plainly when the token is only obfuscated (Linux without a keyring)', async () => {
    const { controller } = open({ token: null, tokenProtection: 'obfuscated' });
    expect(controller.getState().tokenProtection).toBe('obfuscated');
    const saved = await controller.handlers.setToken({ token: sim().token });
    expect(saved.message).toMatch(/only obfuscated/);
  });

  it('a stored token the keyring can no longer decrypt asks for it again instead of crashing', async () => {
    const unreadable = {
      has: () => true,
      get: (): string | null => {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      },
      boundHost: () => null,
      set: () => storability('keyring'),
      remove: () => undefined,
      protection: () => 'keyring' as const,
    };
    await expectTokenAskedAgain(unreadable);
  });

  it('a token file damaged into `{…` that is not JSON asks for the token again instead of crashing', async () => {
    const path = join(tempDir(), 'token.bin');
    writeFileSync(path, '{"version":1,"host":"acme.xi', { mode: 0o600 });
    const tokenVault = createTokenVault(reversibleSafeStorage(), createSecretFile(path), 'linux');
    await expectTokenAskedAgain(tokenVault);
  });

  it('refuses a token when this computer has no safe storage, in these words, writing nothing', async () => {
    const path = join(tempDir(), 'token.bin');
    const tokenVault = createTokenVault(
      reversibleSafeStorage('basic_text', false),
      createSecretFile(path),
      'linux',
    );
    const { controller } = open({ token: null, overrides: { tokenVault } });
    expect(await controller.handlers.setToken({ token: sim().token })).toEqual({
      ok: false,
      message:
        'This computer offers no safe place to keep the token — sign in to a desktop session with a keyring and try again.',
    });
    expect(existsSync(path)).toBe(false);
    expect(controller.getState().tokenStored).toBe(false);
  });

  it('refuses a token with spaces inside, changing nothing', async () => {
    const { controller, ports } = open({ token: null });
    const result = await controller.handlers.setToken({ token: 'abc def' });
    expect(result.ok).toBe(false);
    expect(ports.tokenVault.token).toBeNull();
  });
});

describe('callbacks', () => {
  it('schedules into a configured skill and refuses anything else without a request', async () => {
    const { controller } = open({
      settings: { callbackSkills: ['Support Callbacks'], defaultCallbackSkill: 'Support Callbacks' },
    });
    const unknown = await controller.handlers.scheduleCallback({ skill: 'Nope', text: '3855551234' });
    expect(unknown.ok).toBe(false);
    const two = await controller.handlers.scheduleCallback({
      skill: 'Support Callbacks',
      text: '385-555-1234 or 801-555-0199',
    });
    expect(two.message).toMatch(/2 different numbers/);
    expect(postsTo(sim(), 'callback')).toHaveLength(0);
    const ok = await controller.handlers.scheduleCallback({
      skill: 'Support Callbacks',
      text: '(385) 555-1234',
    });
    expect(ok).toEqual({ ok: true, message: 'Callback to (385) 555-1234 scheduled in Support Callbacks.' });
    expect(sim().state.callbacks).toMatchObject([
      { skill: 'Support Callbacks', callbackNumber: '3855551234' },
    ]);
  });
});

describe('demo mode', () => {
  it('starts a simulator when no tenant is configured and stops it again', async () => {
    const { controller } = open({ simulator: undefined });
    expect(controller.getState().demo).toEqual({ active: false, allowed: true, extension: null });
    const started = await controller.handlers.startDemo(undefined);
    expect(started.ok).toBe(true);
    expect(controller.getState().status).toBe('demo');
    expect(controller.getState().demo).toEqual({ active: true, allowed: true, extension: '1001' });
    await controller.handlers.refreshCallerIds(undefined);
    expect(controller.getState().callerIds.length).toBeGreaterThan(0);
    expect((await controller.dialFromHotkey('3855551234')).ok).toBe(true);
    await controller.handlers.stopDemo(undefined);
    expect(controller.getState()).toMatchObject({
      status: 'not-configured',
      demo: { active: false, extension: null },
    });
  });

  it('is refused once a tenant is set up', async () => {
    const { controller } = open();
    expect(controller.getState().demo.allowed).toBe(false);
    expect((await controller.handlers.startDemo(undefined)).ok).toBe(false);
  });
});

describe('the support log folder', () => {
  it('"Open log folder" opens the log folder, or says where it is when the OS cannot', async () => {
    const working = open();
    expect(await working.controller.handlers.openLogFolder(undefined)).toEqual({ ok: true });
    expect(working.ports.shell.opened).toEqual(['/tmp/xima-tray-dialer-test-logs']);
    await working.close();
    const failing = open({ overrides: { shell: createRecordingShell('No application is registered') } });
    expect(await failing.controller.handlers.openLogFolder(undefined)).toEqual({
      ok: false,
      message: 'The log folder could not be opened — it is at /tmp/xima-tray-dialer-test-logs.',
    });
  });
});
