import type { Notifier } from '../ports';

export interface NotificationLike {
  show(): void;
  on(event: 'click' | 'close', listener: () => void): unknown;
}

export interface NotificationOptions {
  title: string;
  body: string;
  silent: boolean;
  icon?: string;
}

export interface NotifierDeps {
  create: (options: NotificationOptions) => NotificationLike;
  isSupported: () => boolean;
  /** Where a click goes when the controller gave no destination. */
  openPanel: () => void;
  icon?: string;
}

/** At most this many notifications are kept alive for their click handler. */
const KEEP = 20;

/**
 * OS notifications (the texts come from the controller). Shown notifications are kept referenced until
 * clicked or closed: a collected Notification silently loses its click handler
 * (https://github.com/electron/electron/issues/12690).
 */
export function createElectronNotifier(deps: NotifierDeps): Notifier {
  const alive = new Set<NotificationLike>();
  return {
    show(title, body, onClick) {
      if (!deps.isSupported()) return;
      const notification = deps.create({
        title,
        body,
        silent: false,
        ...(deps.icon ? { icon: deps.icon } : {}),
      });
      alive.add(notification);
      if (alive.size > KEEP) alive.delete(alive.values().next().value as NotificationLike);
      notification.on('click', () => {
        alive.delete(notification);
        (onClick ?? deps.openPanel)();
      });
      notification.on('close', () => alive.delete(notification));
      notification.show();
    },
  };
}
