import type { ActionResult } from '../../shared/ipc-contract';
import type { ControllerContext } from './context';

export function persistHistory(ctx: ControllerContext): void {
  try {
    ctx.deps.historyStore.save(ctx.state.history);
  } catch {
    ctx.deps.logger.warn('history.save-failed');
  }
}

export function clearHistory(ctx: ControllerContext): ActionResult {
  ctx.update({ history: [] });
  persistHistory(ctx);
  return { ok: true, message: 'Recent dials cleared.' };
}
