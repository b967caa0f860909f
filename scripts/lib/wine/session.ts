// One Wine session for a script under scripts/: the tools checked, a private X server, the Wine prefix and
// the Windows Node.js probe, all stopped again however the script's checks end.
import { startProbe, type Probe } from './probe-runner';
import { ensureTools, prepareWine, stopWine, WineUnavailable, type WineEnv } from './wine-env';
import { startXvfb, type Xvfb } from './xvfb';

export interface WineSession {
  xvfb: Xvfb;
  wine: WineEnv;
  probe: Probe;
}

/**
 * Runs `body` in a fresh session and returns its exit code. A machine without Wine's tools gets their
 * one sentence and exit 1 before anything starts.
 */
export async function withWineSession(
  root: string,
  log: (line: string) => void,
  body: (session: WineSession) => Promise<number>,
): Promise<number> {
  try {
    await ensureTools(log);
  } catch (error) {
    if (error instanceof WineUnavailable) {
      log(error.message);
      return 1;
    }
    throw error;
  }
  let xvfb: Xvfb | undefined;
  let wine: WineEnv | undefined;
  let probe: Probe | undefined;
  try {
    xvfb = await startXvfb();
    wine = await prepareWine(root, xvfb.display, log);
    probe = await startProbe(root, wine);
    return await body({ xvfb, wine, probe });
  } finally {
    await probe?.stop();
    if (wine) await stopWine(wine);
    xvfb?.stop();
  }
}
