import type { DialPipeline } from '../../core/dial';
import type { PhoneOptions } from '../../core/phone';
import type { XimaApi } from '../../core/xima/types';
import type { AppState, Notice } from '../../shared/app-state';
import type { ActionResult, PanelView } from '../../shared/ipc-contract';
import type { Settings } from '../../shared/settings-schema';
import type { ControllerDeps, DemoConnection, NavigateOptions } from '../ports';
import type { LinkGate } from './link-gate';

/** What every flow of the controller shares: the one mutable AppState and the live connection. */
export interface ControllerContext {
  readonly deps: ControllerDeps;
  readonly pipeline: DialPipeline;
  /** The current snapshot; replace it only through `update`. */
  readonly state: AppState;
  /** The agent's own settings, before the administrator's policy is applied. */
  userSettings: Settings;
  /** The client for the tenant (or the demo simulator); null when not configured. */
  api: XimaApi | null;
  demo: DemoConnection | null;
  /** Link bursts, and the one link waiting for setup or for the open chooser to close. */
  readonly links: LinkGate;
  /** The caller-ID refresh in progress, shared by concurrent callers. */
  refreshing: Promise<ActionResult> | null;
  update(patch: Partial<AppState>): void;
  phoneOptions(): PhoneOptions;
  /** `focus: false` shows the panel without taking the keyboard from the app the agent types in. */
  navigate(view: PanelView, how?: NavigateOptions): void;
  /** An OS notification that opens the panel at `view` when clicked. */
  notify(title: string, body: string, view?: PanelView): void;
  notice(kind: Notice['kind'], text: string): void;
}
