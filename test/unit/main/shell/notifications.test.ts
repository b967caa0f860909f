import { describe, expect, it } from 'vitest';
import { createElectronNotifier } from '../../../../src/main/notifications/electron-notifier';
import { createFakeElectron } from '../../../support/electron-fake';

describe('notifications', () => {
  const setup = () => {
    const electron = createFakeElectron();
    let panelOpened = 0;
    const notifier = createElectronNotifier({
      create: (options) => new electron.Notification(options),
      isSupported: () => electron.Notification.isSupported(),
      openPanel: () => (panelOpened += 1),
    });
    return { electron, notifier, panelOpened: () => panelOpened };
  };

  it('shows the controller’s words and opens the panel when clicked', () => {
    const { electron, notifier, panelOpened } = setup();
    notifier.show('Calling', 'Calling (385) 555-1234 from Sales Desk');
    const shown = electron.notifications[0];
    expect(shown?.shown).toBe(true);
    expect(shown?.options).toMatchObject({
      title: 'Calling',
      body: 'Calling (385) 555-1234 from Sales Desk',
    });
    shown?.click();
    expect(panelOpened()).toBe(1);
  });

  it('runs the controller’s own click action when it gives one', () => {
    const { electron, notifier, panelOpened } = setup();
    const views: string[] = [];
    notifier.show('Not dialed', 'Xima rejected the token', () => views.push('settings'));
    electron.notifications[0]?.click();
    expect(views).toEqual(['settings']);
    expect(panelOpened()).toBe(0);
  });

  it('stays quiet where the OS has no notifications', () => {
    const { electron, notifier } = setup();
    electron.notificationsSupported = false;
    notifier.show('Calling', 'x');
    expect(electron.notifications).toHaveLength(0);
  });
});
