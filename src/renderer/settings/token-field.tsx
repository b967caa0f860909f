import { useEffect, useRef, useState } from 'react';
import type { AppState } from '../../shared/app-state';
import { tokenShapeProblem } from '../../shared/token-shape';
import { attempt, dialer } from '../lib/dialer';
import { ResultLine } from '../components/result-line';

interface Props {
  tokenStored: boolean;
  protection: AppState['tokenProtection'];
  /** Open straight into "paste a new token" with the cursor in the box (the token-rejected fix). */
  focusRequest: number;
}

const PROTECTION: Record<AppState['tokenProtection'], string> = {
  keyring: 'The token is encrypted with your system’s keyring and never shown again.',
  obfuscated:
    'No system keyring was found, so the token is only obfuscated on this computer, not encrypted — install or unlock a keyring (GNOME Keyring or KWallet) to protect it.',
  'keyring-required':
    'Your administrator allows the token only in a system keyring, and none was found — unlock or install GNOME Keyring or KWallet, then paste the token again.',
  unavailable:
    'This computer cannot protect a token right now — unlock your system keyring, then save the token again.',
};

/** Write-only: the panel can replace or remove the token but never sees it. */
export function TokenField({ tokenStored, protection, focusRequest }: Props) {
  const [replacing, setReplacing] = useState(false);
  const [token, setToken] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // A focus request (the "Paste new token" fix) opens the box until the agent saves or cancels.
  const [handledRequest, setHandledRequest] = useState(0);
  const editing = !tokenStored || replacing || focusRequest > handledRequest;
  const close = () => {
    setReplacing(false);
    setHandledRequest(focusRequest);
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    input.current?.focus();
  }, [focusRequest]);

  const save = async () => {
    const value = token.trim();
    const problem = tokenShapeProblem(value);
    if (problem !== null) {
      setMessage({ ok: false, text: problem });
      return;
    }
    const result = await attempt(
      () => dialer().setToken({ token: value }),
      'The token could not be saved — try again.',
    );
    setToken('');
    if (result.ok) close();
    setMessage({ ok: result.ok, text: result.ok ? (result.message ?? 'Token saved.') : result.message });
  };

  const remove = async () => {
    const result = await attempt(() => dialer().removeToken(), 'The token could not be removed — try again.');
    setMessage({ ok: result.ok, text: result.ok ? (result.message ?? 'Token removed.') : result.message });
  };

  return (
    <div className="field">
      {editing ? (
        // Not a <form>: this sits inside the settings form, and Enter here saves only the token.
        <div className="token-form">
          <label htmlFor="setting-token">{tokenStored ? 'New Xima API token' : 'Xima API token'}</label>
          <div className="input-row">
            <input
              id="setting-token"
              ref={input}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={token}
              onChange={(e) => setToken(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void save();
                }
              }}
              aria-describedby="token-protection"
            />
            <button type="button" onClick={() => void save()}>
              Save token
            </button>
            {tokenStored && (
              <button type="button" onClick={close}>
                Cancel
              </button>
            )}
          </div>
        </div>
      ) : (
        <>
          <span className="label">Xima API token</span>
          <div className="input-row">
            <span className="token-stored">A token is stored</span>
            <button type="button" onClick={() => setReplacing(true)}>
              Replace
            </button>
            <button type="button" onClick={() => void remove()}>
              Remove
            </button>
          </div>
        </>
      )}
      <p id="token-protection" className={`hint${protection === 'keyring' ? '' : ' warn-text'}`}>
        {PROTECTION[protection]}
      </p>
      <ResultLine outcome={message} quiet="hint" />
    </div>
  );
}
