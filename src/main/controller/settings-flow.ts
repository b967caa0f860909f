import { effectiveSettings } from '../../core/policy';
import { normalizeSettings, validateSettings, type SettingsErrors } from '../../core/settings';
import type { SaveSettingsResult } from '../../shared/ipc-contract';
import type { SettingKey, Settings, SettingsPatch } from '../../shared/settings-schema';
import { toView } from './caller-ids';
import { demoAllowed } from './connection';
import type { ControllerContext } from './context';
import { stopDemoSimulator } from './demo-flow';
import { persistHistory } from './history-flow';
import { reconnect } from './reconnect';

export const LOCKED_MESSAGE = 'Set by your administrator — it cannot be changed here.';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Recomputes the effective settings after the agent's settings changed. */
export function applyUserSettings(ctx: ControllerContext, user: Settings): void {
  ctx.userSettings = user;
  const { settings, locked } = effectiveSettings(user, ctx.deps.policy);
  ctx.update({ settings, locked });
  ctx.update({
    demo: { active: ctx.demo !== null, allowed: demoAllowed(ctx), extension: ctx.demo?.extension ?? null },
  });
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
  if (next.host !== previous.host) bindTokenToHost(ctx, next.host);
  if (next.host !== previous.host || next.extension !== previous.extension) {
    // A real tenant replaces the demo.
    if (ctx.demo !== null && next.host !== '') await stopDemoSimulator(ctx);
    reconnect(ctx);
  }
}

/**
 * The stored token belongs to the host it was given for: after a host change it counts as stored only if it
 * is that host's, so the agent is asked for the new host's token and the old one is never sent there.
 */
function bindTokenToHost(ctx: ControllerContext, host: string): void {
  const tokenStored = ctx.deps.tokenVault.has(host);
  if (ctx.state.tokenStored && !tokenStored) {
    ctx.deps.logger.info('token.other-host');
    ctx.notice(
      'info',
      `The stored token is for ${ctx.deps.tokenVault.boundHost() ?? 'another host'}, so it is not sent to ${host} — paste the token for ${host} in Settings.`,
    );
  }
  ctx.update({ tokenStored });
}
