import { checkAcceleratorSyntax } from '../../shared/accelerator';
import type { ActionResult, HotkeyCheck } from '../../shared/ipc-contract';
import type { ControllerContext } from './context';

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
