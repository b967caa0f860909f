import { effectiveSettings } from '../../core/policy';
import {
  checkAcceleratorSyntax,
  normalizeSettings,
  validateSettings,
  type SettingsErrors,
} from '../../core/settings';
import type { ActionResult, HotkeyCheck, SaveSettingsResult } from '../../shared/ipc-contract';
import type { SettingKey, Settings, SettingsPatch } from '../../shared/settings-schema';
import { refreshCallerIds, toView } from './caller-ids';
import { rebuildClient } from './connection';
import type { ControllerContext } from './context';
import { offerPendingLink, persistHistory } from './dial-flow';

export const LOCKED_MESSAGE = 'Set by your administrator — it cannot be changed here.';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function demoAllowed(ctx: ControllerContext): boolean {
  return ctx.deps.policy.demoAllowed && ctx.deps.demo !== null && ctx.state.settings.host === '';
}

/** Recomputes the effective settings after the agent's settings changed. */
export function applyUserSettings(ctx: ControllerContext, user: Settings): void {
  ctx.userSettings = user;
  const { settings, locked } = effectiveSettings(user, ctx.deps.policy);
  ctx.update({ settings, locked });
  ctx.update({ demo: { active: ctx.demo !== null, allowed: demoAllowed(ctx) } });
}

/** (Re)connects after anything the connection depends on changed, then offers a kept link. */
export function reconnect(ctx: ControllerContext): void {
  rebuildClient(ctx);
  if (ctx.api === null) {
    ctx.update({ callerIds: [], selectedCallerId: null, callerIdPending: null });
    return;
  }
  void refreshCallerIds(ctx);
  offerPendingLink(ctx);
}

export async function saveSettings(
  ctx: ControllerContext,
  patch: SettingsPatch,
): Promise<SaveSettingsResult> {
  const { deps } = ctx;
  const errors: SettingsErrors = {};
  const editable: SettingsPatch = {};
  for (const [key, value] of Object.entries(patch) as [SettingKey, unknown][]) {
    if (ctx.state.locked.includes(key)) {
      if (!same(value, ctx.state.settings[key])) errors[key] = LOCKED_MESSAGE;
    } else {
      (editable as Record<string, unknown>)[key] = value;
    }
  }
  const user = normalizeSettings({ ...ctx.userSettings, ...editable });
  const next = effectiveSettings(user, deps.policy).settings;
  const policyKeys = new Set(Object.keys(deps.policy.settings));
  for (const [key, message] of Object.entries(validateSettings(next)) as [SettingKey, string][]) {
    // A bad value from the policy file is the admin's to fix; it must not block the agent's own fields.
    if (!policyKeys.has(key)) errors[key] = message;
  }
  const previous = ctx.state.settings;
  if (errors.hotkey === undefined && next.hotkey !== previous.hotkey) {
    const conflict = await deps.hotkeys.check(next.hotkey);
    if (conflict !== null) errors.hotkey = conflict;
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, message: 'Some settings need fixing — nothing was saved.', errors };
  }
  try {
    deps.settingsStore.save(user);
  } catch {
    deps.logger.error('settings.save-failed');
    return {
      ok: false,
      message: 'The settings could not be written to disk — check free space and try again.',
      errors: {},
    };
  }
  applyUserSettings(ctx, user);
  await applySideEffects(ctx, previous, next);
  deps.logger.info('settings.saved', { keys: Object.keys(editable) });
  return { ok: true };
}

async function applySideEffects(ctx: ControllerContext, previous: Settings, next: Settings): Promise<void> {
  const { deps } = ctx;
  if (next.hotkey !== previous.hotkey) ctx.update({ hotkey: await deps.hotkeys.apply(next.hotkey) });
  if (next.launchAtLogin !== previous.launchAtLogin) {
    await deps.loginItem.set(next.launchAtLogin).catch(() => {
      ctx.notice(
        'error',
        'Launch at login could not be changed — check that your account may add startup apps.',
      );
    });
  }
  if (!next.keepHistory && ctx.state.history.length > 0) {
    ctx.update({ history: [] });
    persistHistory(ctx);
  }
  if (
    next.defaultCountry !== previous.defaultCountry ||
    next.internationalFormat !== previous.internationalFormat
  ) {
    const phone = ctx.phoneOptions();
    const selected = ctx.state.selectedCallerId;
    ctx.update({
      callerIds: ctx.state.callerIds.map((view) => toView(view, phone)),
      selectedCallerId: selected === null ? null : toView(selected, phone),
    });
  }
  if (next.host !== previous.host || next.extension !== previous.extension) {
    // A real tenant replaces the demo.
    if (ctx.demo !== null && next.host !== '') await stopDemoSimulator(ctx);
    reconnect(ctx);
  }
}

function tokenShapeProblem(token: string): string | null {
  if (token === '') return 'Paste the token from Xima’s API Service Users page.';
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(token)) {
    return 'That does not look like a Xima token: it has spaces or line breaks in it — copy it again from Xima.';
  }
  return null;
}

export function setToken(ctx: ControllerContext, raw: string): ActionResult {
  const { deps } = ctx;
  const token = raw.trim();
  const problem = tokenShapeProblem(token);
  if (problem !== null) return { ok: false, message: problem };
  const protection = deps.tokenVault.protection();
  if (protection === 'unavailable') {
    return {
      ok: false,
      message:
        'This computer offers no safe place to keep the token — sign in to a desktop session with a keyring and try again.',
    };
  }
  try {
    deps.tokenVault.set(token);
  } catch {
    deps.logger.error('token.save-failed');
    return {
      ok: false,
      message: 'The token could not be saved on this computer — try again, or ask IT to check the keyring.',
    };
  }
  ctx.update({ tokenStored: true, tokenProtection: protection });
  deps.logger.info('token.saved', { protection });
  reconnect(ctx);
  return {
    ok: true,
    message:
      protection === 'obfuscated'
        ? 'Token saved. This computer has no keyring, so the token is only obfuscated on disk, not encrypted.'
        : 'Token saved, encrypted by your system’s keyring.',
  };
}

export function removeToken(ctx: ControllerContext): ActionResult {
  try {
    ctx.deps.tokenVault.remove();
  } catch {
    return {
      ok: false,
      message: 'The token file could not be removed — check the app’s data folder permissions.',
    };
  }
  ctx.update({ tokenStored: false });
  ctx.deps.logger.info('token.removed');
  reconnect(ctx);
  return { ok: true, message: 'The token was removed from this computer.' };
}

export async function startDemo(ctx: ControllerContext): Promise<ActionResult> {
  const { deps } = ctx;
  if (ctx.demo !== null) return { ok: true, message: 'The demo is already running.' };
  if (!deps.policy.demoAllowed) return { ok: false, message: 'Your administrator has turned the demo off.' };
  if (deps.demo === null) return { ok: false, message: 'This build has no demo.' };
  if (ctx.state.settings.host !== '') {
    return {
      ok: false,
      message:
        'The demo is only for trying the app before a Xima tenant is set up — clear the host in Settings first.',
    };
  }
  try {
    ctx.demo = await deps.demo.start();
  } catch {
    deps.logger.error('demo.start-failed');
    return {
      ok: false,
      message: 'The demo could not start on this computer — try again, or restart the app.',
    };
  }
  ctx.update({ demo: { active: true, allowed: demoAllowed(ctx) } });
  deps.logger.info('demo.started');
  reconnect(ctx);
  return {
    ok: true,
    message: 'Demo running: calls go to a simulated Xima on this computer, nobody is really called.',
  };
}

async function stopDemoSimulator(ctx: ControllerContext): Promise<void> {
  const simulator = ctx.deps.demo;
  ctx.demo = null;
  ctx.update({ demo: { active: false, allowed: demoAllowed(ctx) } });
  await simulator?.stop().catch(() => ctx.deps.logger.warn('demo.stop-failed'));
}

export async function stopDemo(ctx: ControllerContext): Promise<ActionResult> {
  if (ctx.demo === null) return { ok: true, message: 'The demo is not running.' };
  await stopDemoSimulator(ctx);
  ctx.deps.logger.info('demo.stopped');
  reconnect(ctx);
  return { ok: true, message: 'Demo stopped.' };
}

export async function checkHotkey(ctx: ControllerContext, accelerator: string): Promise<HotkeyCheck> {
  const syntax = checkAcceleratorSyntax(accelerator);
  if (syntax !== null) return { ok: false, message: syntax };
  if (accelerator === ctx.state.hotkey.accelerator && ctx.state.hotkey.registered) return { ok: true };
  const conflict = await ctx.deps.hotkeys.check(accelerator);
  return conflict === null ? { ok: true } : { ok: false, message: conflict };
}

export async function setHotkeyPaused(ctx: ControllerContext, paused: boolean): Promise<ActionResult> {
  const hotkey = await ctx.deps.hotkeys.setPaused(paused);
  ctx.update({ hotkey });
  if (hotkey.paused !== paused)
    return { ok: false, message: hotkey.message ?? 'The hotkey could not be changed.' };
  return { ok: true, message: paused ? 'Hotkey paused.' : 'Hotkey on again.' };
}
