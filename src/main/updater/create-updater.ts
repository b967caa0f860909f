import {
  NO_UPDATE,
  nextUpdateState,
  restartDecision,
  shouldCheckForUpdate,
  updateEligibility,
  updatePlan,
  type CheckTrigger,
  type UpdateEvent,
  type UpdatePlanInput,
} from '../../core/update';
import type { UpdateState } from '../../shared/app-state';
import type { Clock, Logger, Updater } from '../ports';
import type { AutoUpdaterLike, UpdaterLogger } from './auto-updater-like';

export interface CreateUpdaterDeps extends UpdatePlanInput {
  /** Loads electron-updater's `autoUpdater` only when updates are on (it picks its platform class on first access). */
  loadAutoUpdater: () => AutoUpdaterLike;
  /** Windows: the publisher electron-builder wrote into app-update.yml, which electron-updater checks updates against. */
  readPublisherName: () => string | null;
  /** macOS: whether the app bundle's code signature is valid. Called only on macOS. */
  verifySignature: () => Promise<boolean>;
  /** The controller's `setUpdateState`: the panel shows "Restart to update" when `ready`. */
  onState: (state: UpdateState) => void;
  /** What the agent is doing right now; read only when the agent asks to restart. */
  activity: () => { dialing: boolean; chooserOpen: boolean };
  clock: Clock;
  logger: Logger;
}

export interface AppUpdaterControl extends Updater {
  /** Whether an update URL applies to this copy (policy URL set, packaged, not a deb); `start` then checks signing. */
  readonly enabled: boolean;
  /** After the app is ready: checks that the build is signed, then checks for an update once. */
  start(): Promise<void>;
  /** Resume from sleep: check again if the last check is old enough. Never a timer. */
  resumed(): void;
}

/**
 * electron-updater behind a small interface: a generic update server from the admin policy, downloads in the
 * background, and a quiet "Restart to update" that installs only on the agent's click and never during a dial.
 */
export function createUpdater(deps: CreateUpdaterDeps): AppUpdaterControl {
  const plan = updatePlan(deps);
  if (!plan.enabled) {
    deps.logger.info('update.off', { reason: plan.reason });
    return {
      enabled: false,
      start: () => Promise.resolve(),
      resumed: () => undefined,
      restartToUpdate: () => undefined,
    };
  }

  let state: UpdateState = NO_UPDATE;
  let lastCheckAt: number | null = null;
  let updater: AutoUpdaterLike | null = null;
  const apply = (event: UpdateEvent): void => {
    const next = nextUpdateState(state, event);
    if (next.ready !== state.ready || next.version !== state.version) {
      state = next;
      deps.onState(state);
    }
  };

  const check = (trigger: CheckTrigger): void => {
    const now = deps.clock.now();
    if (!updater || !shouldCheckForUpdate(trigger, lastCheckAt, now)) return;
    lastCheckAt = now;
    deps.logger.info('update.check', { trigger, url: plan.url });
    updater.checkForUpdates().catch((error: unknown) => {
      deps.logger.warn('update.failed', { message: error instanceof Error ? error.message : String(error) });
    });
  };

  const begin = (signatureValid: boolean | null): void => {
    if (updater) return check('start');
    const eligibility = updateEligibility({
      platform: deps.platform,
      publisherName: deps.platform === 'win32' ? deps.readPublisherName() : null,
      signatureValid,
    });
    if (!eligibility.enabled) {
      deps.logger.warn('update.unsigned', { reason: eligibility.reason });
      state = { ...state, offReason: eligibility.reason };
      deps.onState(state);
      return;
    }
    updater = wire(deps.loadAutoUpdater(), plan.url, deps.logger, apply);
    check('start');
  };

  return {
    enabled: true,
    start: () =>
      deps.platform === 'darwin'
        ? deps.verifySignature().then(begin, () => begin(false))
        : Promise.resolve(begin(null)),
    resumed: () => check('resume'),
    restartToUpdate() {
      if (!updater) return;
      const decision = restartDecision({ ready: state.ready, ...deps.activity() });
      if (!decision.install) {
        deps.logger.info('update.restart-deferred', { message: decision.message });
        return;
      }
      deps.logger.info('update.installing', { version: state.version });
      // Silent installer (no wizard over the agent's desktop), and start the app again afterwards.
      updater.quitAndInstall(true, true);
    },
  };
}

function wire(
  updater: AutoUpdaterLike,
  url: string,
  logger: Logger,
  apply: (event: UpdateEvent) => void,
): AutoUpdaterLike {
  updater.logger = forwardTo(logger);
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.setFeedURL({ provider: 'generic', url });
  updater.on('update-available', (info) => {
    logger.info('update.downloading', { version: info.version });
    apply({ type: 'available', version: info.version });
  });
  updater.on('update-downloaded', (info) => {
    logger.info('update.ready', { version: info.version });
    apply({ type: 'downloaded', version: info.version });
  });
  updater.on('error', (error) => {
    // Quiet by design: the agent cannot fix an update server; the support log says what happened.
    logger.warn('update.failed', { message: error.message });
    apply({ type: 'error' });
  });
  return updater;
}

function forwardTo(logger: Logger): UpdaterLogger {
  const text = (message: unknown): string => (message instanceof Error ? message.message : String(message));
  return {
    info: (message) => logger.info('updater', { message: text(message) }),
    warn: (message) => logger.warn('updater', { message: text(message) }),
    error: (message) => logger.warn('updater', { message: text(message) }),
  };
}
