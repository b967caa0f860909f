import { checkHost } from '../../core/settings';
import type { XimaError } from '../../core/xima/types';
import type { AppState, ConnectionStatus } from '../../shared/app-state';
import type { Settings } from '../../shared/settings-schema';
import type { ControllerDeps, XimaClientConfig } from '../ports';
import type { ControllerContext } from './context';

type StatusPatch = Pick<AppState, 'status' | 'statusMessage'>;

/** Which parts of the setup are missing, as a sentence; null when all are there. */
export function missingSetup(ctx: ControllerContext): string | null {
  const { settings, tokenStored } = ctx.state;
  const missing = [
    settings.host === '' && !ctx.deps.baseUrlOverride ? 'your Xima host' : null,
    settings.extension === '' ? 'your extension' : null,
    tokenStored ? null : 'a Xima token',
  ].filter((part): part is string => part !== null);
  if (missing.length === 0) return null;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  return `Add ${list} in Settings to start dialing.`;
}

export function notConfiguredMessage(ctx: ControllerContext): string {
  return missingSetup(ctx) ?? 'Finish setting up Xima in Settings to start dialing.';
}

function goodStatus(ctx: ControllerContext): StatusPatch {
  return { status: ctx.demo !== null ? 'demo' : 'ready', statusMessage: null };
}

/** Status after a successful exchange with Xima. */
export function markReachable(ctx: ControllerContext): void {
  if (ctx.api === null) return;
  const next = goodStatus(ctx);
  if (ctx.state.status !== next.status || ctx.state.statusMessage !== null) ctx.update(next);
}

const BAD_STATUS: Partial<Record<XimaError['kind'], ConnectionStatus>> = {
  auth: 'token-rejected',
  forbidden: 'forbidden',
  network: 'offline',
  timeout: 'offline',
};

/**
 * Status after a failed exchange. Only failures that say something about the connection change it:
 * a 400 for one bad number or a 429 leaves the status as it was.
 */
export function markFailure(ctx: ControllerContext, error: XimaError, quiet = false): void {
  const status = BAD_STATUS[error.kind];
  if (status === undefined) return;
  // `quiet`: the caller already tells the agent (a failed dial), one notification per press is enough.
  if (status === 'token-rejected' && ctx.state.status !== 'token-rejected' && !quiet) {
    ctx.notify('Xima rejected the token', error.message, 'settings');
  }
  ctx.update({ status, statusMessage: error.message });
}

/**
 * (Re)builds the client from the settings in memory and the token in the vault. The token is read
 * here and only here: it goes into the client and nowhere else.
 */
export function rebuildClient(ctx: ControllerContext): void {
  const { deps } = ctx;
  ctx.api = null;
  if (ctx.demo !== null) {
    deps.logger.addSecret?.(ctx.demo.token);
    connect(ctx, ctx.demo, 'The demo could not be reached — stop and start it again.');
    return;
  }
  const missing = missingSetup(ctx);
  // With a testing address the host is neither needed nor used.
  const host = deps.baseUrlOverride ? { ok: true as const, host: '' } : checkHost(ctx.state.settings.host);
  if (missing !== null || !host.ok) {
    ctx.update({ status: 'not-configured', statusMessage: missing ?? notConfiguredMessage(ctx) });
    return;
  }
  let token: string | null = null;
  try {
    token = deps.tokenVault.get(host.host);
  } catch {
    deps.logger.warn('token.unreadable');
  }
  if (token === null) {
    ctx.update({
      status: 'not-configured',
      tokenStored: false,
      statusMessage: 'The stored token could not be read on this computer — paste it again in Settings.',
    });
    return;
  }
  deps.logger.addSecret?.(token);
  const baseUrl = deps.baseUrlOverride ?? `https://${host.host}`;
  connect(
    ctx,
    { baseUrl, extension: ctx.state.settings.extension, token },
    'The connection settings were refused — check the host and extension in Settings.',
  );
}

function connect(ctx: ControllerContext, config: XimaClientConfig, refusal: string): void {
  try {
    ctx.api = ctx.deps.createXima(config);
  } catch {
    // The client refuses a config it cannot use safely (e.g. plain http to a non-loopback address).
    ctx.deps.logger.error('client.config-refused');
    ctx.update({ status: 'not-configured', statusMessage: refusal });
    return;
  }
  ctx.update(goodStatus(ctx));
}

/** Opens the warm connection ahead of the next dial; never throws. */
export function warmUp(ctx: ControllerContext): void {
  const api = ctx.api;
  if (api === null) return;
  api.warmUp().catch(() => ctx.deps.logger.warn('connection.warm-up-failed'));
}

/** The demo is offered only while nothing else is set up: no tenant host and no testing address. */
export function demoAllowedFor(
  deps: Pick<ControllerDeps, 'policy' | 'demo' | 'baseUrlOverride'>,
  settings: Pick<Settings, 'host'>,
): boolean {
  return deps.policy.demoAllowed && deps.demo !== null && settings.host === '' && !deps.baseUrlOverride;
}

export function demoAllowed(ctx: ControllerContext): boolean {
  return demoAllowedFor(ctx.deps, ctx.state.settings);
}
