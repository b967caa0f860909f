import type { AppState } from '../../shared/app-state';
import type { Rect } from '../window/position';
import { trayIconPath, trayIconState } from './tray-icon';
import { menuKey, trayMenuTemplate, type MenuItemTemplate, type TrayActions } from './tray-menu';
import { trayTooltip } from './tray-tooltip';

export interface TrayLike<M> {
  setImage(image: string): void;
  setToolTip(toolTip: string): void;
  setContextMenu(menu: M): void;
  popUpContextMenu(menu?: M): void;
  on(event: 'click' | 'right-click', listener: () => void): unknown;
  getBounds(): Rect;
  destroy(): void;
}

export interface TrayDeps<M> {
  /** Injected for testing, as Signal's SystemTrayService takes `createTrayInstance`. */
  createTray: (iconPath: string) => TrayLike<M>;
  buildMenu: (template: MenuItemTemplate[]) => M;
  iconDir: string;
  platform: AppState['platform'];
  darkTheme: () => boolean;
  actions: TrayActions;
  /** Left click (Windows, macOS; most Linux trays open the menu instead). */
  onClick: () => void;
}

/** Keeps the tray icon, tooltip and menu in step with AppState, touching each only when it changed. */
export class TrayPresenter<M = unknown> {
  private readonly tray: TrayLike<M>;
  private icon = '';
  private tooltip = '';
  private menu = '';
  private built: M | null = null;

  constructor(
    private readonly deps: TrayDeps<M>,
    initial: AppState,
  ) {
    this.icon = this.iconFor(initial);
    this.tray = deps.createTray(this.icon);
    this.tray.on('click', deps.onClick);
    // macOS opens an attached context menu on every click, which would hide the panel behind it: there the
    // menu is attached to right-click only (menubar does the same), and left click toggles the panel.
    if (deps.platform === 'darwin') {
      this.tray.on('right-click', () => {
        if (this.built !== null) this.tray.popUpContextMenu(this.built);
      });
    }
    this.render(initial);
  }

  render(state: AppState): void {
    const icon = this.iconFor(state);
    if (icon !== this.icon) this.tray.setImage((this.icon = icon));
    const tooltip = trayTooltip(state);
    if (tooltip !== this.tooltip) this.tray.setToolTip((this.tooltip = tooltip));
    const key = menuKey(state);
    if (key !== this.menu) {
      this.menu = key;
      this.built = this.deps.buildMenu(trayMenuTemplate(state, this.deps.actions));
      // Linux (AppIndicator) only picks up menu changes through a new setContextMenu call.
      if (this.deps.platform !== 'darwin') this.tray.setContextMenu(this.built);
    }
  }

  bounds(): Rect | null {
    try {
      return this.tray.getBounds();
    } catch {
      return null;
    }
  }

  destroy(): void {
    this.tray.destroy();
  }

  private iconFor(state: AppState): string {
    return trayIconPath(this.deps.iconDir, trayIconState(state), this.deps.platform, this.deps.darkTheme());
  }
}
