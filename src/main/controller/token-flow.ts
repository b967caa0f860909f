import type { ActionResult } from '../../shared/ipc-contract';
import type { TokenSetResult } from '../ports';
import { tokenShapeProblem } from '../../shared/token-shape';
import type { ControllerContext } from './context';
import { reconnect } from './reconnect';

/** Why the token cannot be stored here. */
export const NO_SAFE_PLACE = {
  unavailable:
    'This computer offers no safe place to keep the token — sign in to a desktop session with a keyring and try again.',
  'keyring-required':
    'Your administrator allows the token only in a system keyring, and this session has none (GNOME Keyring or KWallet) — the token was not stored. Unlock or install a keyring, then paste it again.',
} as const;

export function setToken(ctx: ControllerContext, raw: string): ActionResult {
  const { deps } = ctx;
  const token = raw.trim();
  const problem = tokenShapeProblem(token);
  if (problem !== null) return { ok: false, message: problem };
  let result: TokenSetResult;
  try {
    result = deps.tokenVault.set(token, ctx.state.settings.host || null);
  } catch {
    deps.logger.error('token.save-failed');
    return {
      ok: false,
      message: 'The token could not be saved on this computer — try again, or ask IT to check the keyring.',
    };
  }
  if (!result.stored) return { ok: false, message: NO_SAFE_PLACE[result.refusal] };
  const { protection } = result;
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
