import type { ActionResult } from '../../shared/ipc-contract';
import type { ControllerContext } from './context';
import { reconnect } from './reconnect';

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
