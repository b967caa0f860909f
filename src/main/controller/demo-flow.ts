import type { ActionResult } from '../../shared/ipc-contract';
import { demoAllowed } from './connection';
import type { ControllerContext } from './context';
import { reconnect } from './reconnect';

export async function startDemo(ctx: ControllerContext): Promise<ActionResult> {
  const { deps } = ctx;
  if (ctx.demo !== null) return { ok: true, message: 'The demo is already running.' };
  if (!deps.policy.demoAllowed) return { ok: false, message: 'Your administrator has turned the demo off.' };
  if (deps.demo === null) return { ok: false, message: 'This build has no demo.' };
  if (deps.baseUrlOverride) {
    return {
      ok: false,
      message: `The app was started to test against ${ctx.state.testTarget}: the demo is not needed.`,
    };
  }
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
  ctx.update({ demo: { active: true, allowed: demoAllowed(ctx), extension: ctx.demo.extension } });
  deps.logger.info('demo.started');
  reconnect(ctx);
  return {
    ok: true,
    message: 'Demo running: calls go to a simulated Xima on this computer, nobody is really called.',
  };
}

export async function stopDemoSimulator(ctx: ControllerContext): Promise<void> {
  const simulator = ctx.deps.demo;
  ctx.demo = null;
  ctx.update({ demo: { active: false, allowed: demoAllowed(ctx), extension: null } });
  await simulator?.stop().catch(() => ctx.deps.logger.warn('demo.stop-failed'));
}

export async function stopDemo(ctx: ControllerContext): Promise<ActionResult> {
  if (ctx.demo === null) return { ok: true, message: 'The demo is not running.' };
  await stopDemoSimulator(ctx);
  ctx.deps.logger.info('demo.stopped');
  reconnect(ctx);
  return { ok: true, message: 'Demo stopped.' };
}
