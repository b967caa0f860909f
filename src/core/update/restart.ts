export interface RestartContext {
  /** An update has been downloaded and waits. */
  ready: boolean;
  /** A dial request is in flight. */
  dialing: boolean;
  /** The agent is choosing a number or confirming a link. */
  chooserOpen: boolean;
}

export type RestartDecision = { install: true } | { install: false; message: string };

/**
 * The app restarts into an update only when the agent clicks "Restart to update" and nothing would be cut short.
 * (An update also installs by itself when the agent quits the app.)
 */
export function restartDecision(context: RestartContext): RestartDecision {
  if (!context.ready) {
    return { install: false, message: 'No update is waiting — you already have the latest version.' };
  }
  if (context.dialing) {
    return {
      install: false,
      message: 'A call is being placed — restart to update once it has gone through.',
    };
  }
  if (context.chooserOpen) {
    return { install: false, message: 'Finish choosing the number to call first, then restart to update.' };
  }
  return { install: true };
}
