import { useState } from 'react';
import type { AppState } from '../../shared/app-state';
import { attempt, dialer } from '../lib/dialer';
import { ResultLine } from '../components/result-line';

type Props = Pick<AppState, 'demo' | 'telHandler'>;

/** Demo mode, the tel: link helper and the support log: things that act at once rather than being saved. */
export function SystemSection({ demo, telHandler }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (work: () => Promise<{ ok: boolean; message?: string }>, done: string) => {
    const result = await attempt(work, 'That did not work — try again.');
    setMessage({ ok: result.ok, text: result.message ?? done });
  };

  return (
    <fieldset className="group">
      <legend>This computer</legend>
      <div className="field">
        <span className="label">Phone links (tel:)</span>
        {/* On Windows a "default" answer comes with a caveat (help): show it and the way to check. */}
        {telHandler.isDefault && telHandler.help === null ? (
          <p className="hint">Xima Tray Dialer opens tel: links on this computer.</p>
        ) : (
          <>
            <p className="hint">
              {telHandler.help ??
                'Another app opens tel: links now. Make Xima Tray Dialer the default to call from links.'}
            </p>
            <button type="button" onClick={() => void run(() => dialer().setAsTelHandler(), 'Done.')}>
              {telHandler.canSetDefault ? 'Open tel: links with this app' : 'Open the system setting'}
            </button>
          </>
        )}
      </div>
      <div className="field">
        <span className="label">Demo mode</span>
        {demo.active ? (
          <>
            <p className="hint">The demo is on: calls go to a simulator on this computer, not to Xima.</p>
            <button type="button" onClick={() => void run(() => dialer().stopDemo(), 'The demo has ended.')}>
              Leave demo
            </button>
          </>
        ) : demo.allowed ? (
          <>
            <p className="hint">
              Try every feature against a simulator on this computer — nothing reaches Xima.
            </p>
            <button
              type="button"
              onClick={() => void run(() => dialer().startDemo(), 'The demo has started.')}
            >
              Try the demo
            </button>
          </>
        ) : (
          <p className="hint">The demo is offered while no Xima tenant is set.</p>
        )}
      </div>
      <div className="field">
        <span className="label">Support log</span>
        <p className="hint">
          Send the log to your IT team when something fails; the token and phone numbers are left out of it.
        </p>
        <button
          type="button"
          onClick={() => void run(() => dialer().openLogFolder(), 'The log folder is open.')}
        >
          Open log folder
        </button>
      </div>
      <ResultLine outcome={message} quiet="hint" />
    </fieldset>
  );
}
