import type { PanelView } from '../../shared/ipc-contract';
import type { DialActions } from '../hotkey/dial-actions';
import type { AppController } from '../ports';
import { TrayPresenter } from '../tray/tray-presenter';
import type { ElectronLike } from './electron-like';
import type { StartEnv } from './start-env';

export interface ShellTrayDeps {
  controller: AppController;
  actions: DialActions;
  showPanel: () => void;
  togglePanel: () => void;
  navigate: (view: PanelView) => void;
}

/** The tray and its menu, each menu item wired to the controller or the dial actions. */
export function createShellTray(
  electron: Pick<ElectronLike, 'Tray' | 'Menu' | 'nativeTheme' | 'app'>,
  env: Pick<StartEnv, 'platform' | 'paths'>,
  deps: ShellTrayDeps,
): TrayPresenter {
  const { controller, actions } = deps;
  return new TrayPresenter(
    {
      createTray: (icon) => new electron.Tray(icon),
      buildMenu: (template) => electron.Menu.buildFromTemplate(template),
      iconDir: env.paths.trayIcons,
      platform: env.platform,
      darkTheme: () => electron.nativeTheme.shouldUseDarkColors,
      onClick: deps.togglePanel,
      actions: {
        selectCallerId: (callerId) => void controller.handlers.selectCallerId(callerId),
        dialSelection: () => void actions.selection(),
        dialClipboard: () => void actions.clipboard(),
        openPanel: deps.showPanel,
        setHotkeyPaused: (paused) => void controller.handlers.setHotkeyPaused({ paused }),
        openSettings: () => {
          deps.showPanel();
          deps.navigate('settings');
        },
        quit: () => electron.app.quit(),
      },
    },
    controller.getState(),
  );
}
