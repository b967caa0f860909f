import type { AppState } from '../../shared/app-state';
import { dialer } from '../lib/dialer';
import { readable } from '../lib/readable';

type Props = Pick<AppState, 'notice' | 'update'>;

/**
 * Main's latest notice and the update offer, in a landmark of their own so a screen reader's landmark list
 * reaches them; both live regions are always present, since readers only announce changes to an existing one.
 */
export function NoticeBar({ notice, update }: Props) {
  return (
    <section className="notices" aria-label="Messages">
      <div className="update-slot" role="status">
        {update.ready && (
          <div className="banner banner-info">
            <span>{update.version ? `Version ${update.version} is ready.` : 'An update is ready.'}</span>
            <button type="button" className="small primary" onClick={() => void dialer().restartToUpdate()}>
              Restart to update
            </button>
          </div>
        )}
        {update.offReason && (
          <div className="banner banner-info">
            <span>{update.offReason}</span>
          </div>
        )}
      </div>
      <div className="notice-slot" aria-live="polite">
        {notice && (
          <div
            className={`banner banner-${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : undefined}
          >
            <span>{readable(notice.text)}</span>
            <button
              type="button"
              className="small"
              aria-label="Dismiss message"
              onClick={() => void dialer().dismissNotice({ noticeId: notice.id })}
            >
              ✕
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
