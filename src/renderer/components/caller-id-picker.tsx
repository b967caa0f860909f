import { useState } from 'react';
import type { AppState } from '../../shared/app-state';
import type { CallerId } from '../../shared/settings-schema';
import { callerIdKey, sameCallerId } from '../../shared/caller-ids';
import { attempt, dialer } from '../lib/dialer';
import { readable } from '../lib/readable';
import { alreadyNoticed } from './result-line';

type Props = Pick<
  AppState,
  | 'callerIds'
  | 'callerIdsTruncated'
  | 'selectedCallerId'
  | 'callerIdPending'
  | 'callerIdsLoading'
  | 'status'
  | 'notice'
>;

/** Rows reserved while the list loads, so the panel does not jump when it arrives. */
const PLACEHOLDER_ROWS = 3;

export function CallerIdPicker(props: Props) {
  const { callerIds, selectedCallerId, callerIdPending, callerIdsLoading } = props;
  const [message, setMessage] = useState<string | null>(null);
  // Marks the agent's choice at once, before main's "pending" snapshot arrives, so the radio never flicks back.
  const [requested, setRequested] = useState<CallerId | null>(null);
  const busy = callerIdPending !== null || requested !== null;
  const marked = callerIdPending ?? requested ?? selectedCallerId;

  const choose = async (index: number) => {
    const chosen = callerIds[index];
    if (!chosen || busy || sameCallerId(chosen, selectedCallerId)) return;
    setMessage(null);
    const wanted = { label: chosen.label, outboundCallerId: chosen.outboundCallerId };
    setRequested(wanted);
    const result = await attempt(
      () => dialer().selectCallerId(wanted),
      'The caller ID could not be changed — try again.',
    );
    setRequested(null);
    // Main rolls the selection back and explains in its notice; a local line keeps the reason next to the list.
    if (!result.ok) setMessage(result.message);
  };

  const refresh = async () => {
    setMessage(null);
    const result = await attempt(
      () => dialer().refreshCallerIds(),
      'The caller IDs could not be refreshed — try again.',
    );
    if (!result.ok) setMessage(result.message);
  };

  return (
    <section className="card" aria-labelledby="caller-id-heading" aria-busy={callerIdsLoading || busy}>
      <div className="card-head">
        <h2 id="caller-id-heading">Outbound caller ID</h2>
        {/* In the heading row: progress appears without pushing the list down. */}
        <span id="caller-id-progress" className="progress muted" aria-live="polite">
          {callerIdPending
            ? `Switching to ${callerIdPending.label || callerIdPending.outboundCallerId}…`
            : ''}
        </span>
        {/* Nothing to refresh from until Xima is set up: the status line above offers the way there. */}
        {props.status !== 'not-configured' && (
          <button type="button" className="small" onClick={() => void refresh()} disabled={callerIdsLoading}>
            {callerIdsLoading ? 'Refreshing…' : 'Refresh'}
          </button>
        )}
      </div>
      {/* Not disabled while busy: disabling would throw keyboard focus out of the group mid-choice. */}
      <fieldset className={`caller-ids${busy ? ' busy' : ''}`}>
        <legend className="visually-hidden">Outbound caller ID for your calls</legend>
        {callerIds.length === 0 &&
          (callerIdsLoading ? (
            Array.from({ length: PLACEHOLDER_ROWS }, (_, i) => (
              <div key={i} className="row placeholder" aria-hidden="true" />
            ))
          ) : (
            <p className="muted empty">{emptyText(props.status)}</p>
          ))}
        {callerIds.map((callerId, index) => {
          const key = callerIdKey(callerId);
          const checked = sameCallerId(callerId, marked);
          const pending = sameCallerId(callerId, callerIdPending);
          return (
            <label key={key} className={`row caller-id${checked ? ' selected' : ''}`}>
              <input
                type="radio"
                name="caller-id"
                checked={checked}
                onChange={() => void choose(index)}
                aria-describedby={pending ? 'caller-id-progress' : undefined}
              />
              <span className="caller-id-label">{callerId.label || 'Unnamed'}</span>
              <span className="caller-id-number">{callerId.display}</span>
            </label>
          );
        })}
      </fieldset>
      {props.callerIdsTruncated && (
        <p className="muted">
          Xima lists more caller IDs than anyone can pick from; only the first {callerIds.length} are shown —
          ask your Xima admin to trim the list.
        </p>
      )}
      {message && !alreadyNoticed(message, props.notice) && (
        <p className="error-text" role="alert">
          {readable(message)}
        </p>
      )}
    </section>
  );
}

function emptyText(status: AppState['status']): string {
  if (status === 'ready' || status === 'demo')
    return 'Xima lists no caller IDs for your extension — ask your admin, then Refresh.';
  if (status === 'not-configured') return 'Your caller IDs appear here once Xima is set up in Settings.';
  if (status === 'offline') return 'Your caller IDs appear here once Xima can be reached — see above.';
  return 'Your caller IDs appear here once the problem above is fixed.';
}
