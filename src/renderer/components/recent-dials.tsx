import { useState } from 'react';
import type { DialSource, HistoryEntry, Notice } from '../../shared/app-state';
import { attempt, dialer } from '../lib/dialer';
import { exactTime, relativeTime } from '../lib/relative-time';
import { readable } from '../lib/readable';
import { useNow } from '../lib/use-now';
import { ResultLine } from './result-line';

const SOURCES: Record<DialSource, string> = {
  hotkey: 'hotkey',
  link: 'link',
  panel: 'panel',
  tray: 'tray menu',
};

interface Props {
  history: HistoryEntry[];
  notice: Notice | null;
}

export function RecentDials({ history, notice }: Props) {
  const now = useNow();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (work: () => Promise<{ ok: boolean; message?: string }>, done: string) => {
    const result = await attempt(work, 'That did not work — try again.');
    setMessage({ ok: result.ok, text: result.message ?? done });
  };

  return (
    <section className="card" aria-labelledby="recent-heading">
      <div className="card-head">
        <h2 id="recent-heading">Recent dials</h2>
        {history.length > 0 && (
          <button
            type="button"
            className="small"
            onClick={() => void run(() => dialer().clearHistory(), 'Recent dials cleared.')}
          >
            Clear
          </button>
        )}
      </div>
      {history.length === 0 ? (
        <p className="muted empty">No dials yet — numbers you call appear here.</p>
      ) : (
        <ul className="history">
          {history.map((entry) => {
            // Raw digits for pasting into a CRM; the human format is what the agent reads.
            const raw = entry.number.e164 ?? entry.number.dial;
            const caller = entry.callerId
              ? entry.callerId.label || entry.callerId.outboundCallerId
              : 'selected caller ID';
            return (
              <li key={entry.id} className={`history-entry ${entry.outcome}`}>
                <div className="history-main">
                  <span className="history-number">{entry.number.display}</span>
                  <time dateTime={new Date(entry.at).toISOString()} title={exactTime(entry.at)}>
                    {relativeTime(entry.at, now)}
                  </time>
                </div>
                <div className="history-meta muted">
                  via {SOURCES[entry.source]} · from {caller} ·{' '}
                  <span className={entry.outcome === 'failed' ? 'error-text' : 'ok-text'}>
                    {entry.outcome === 'placed' ? 'placed' : 'failed'}
                  </span>
                </div>
                {entry.outcome === 'failed' && entry.message && (
                  <div className="history-meta error-text">{readable(entry.message)}</div>
                )}
                <div className="button-row">
                  <button
                    type="button"
                    className="small"
                    aria-label={`Redial ${entry.number.display}`}
                    onClick={() =>
                      void run(
                        () => dialer().redial({ historyId: entry.id }),
                        `Calling ${entry.number.display}.`,
                      )
                    }
                  >
                    Redial
                  </button>
                  <button
                    type="button"
                    className="small"
                    aria-label={`Copy ${raw}`}
                    onClick={() => void run(() => dialer().copyText({ text: raw }), `Copied ${raw}.`)}
                  >
                    Copy
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ResultLine outcome={message} notice={notice} />
    </section>
  );
}
