import type { AppState } from '../../shared/app-state';
import { dialer } from '../lib/dialer';
import { readable } from '../lib/readable';

type Props = Pick<AppState, 'notice' | 'update'>;

/** Main's latest notice and the update offer; the live region is always present so readers announce changes. */
export function NoticeBar({ notice, update }: Props) {
  return (
    <>
      {update.ready && (
        <div className="banner banner-info">
          <span>{update.version ? `Version ${update.version} is ready.` : 'An update is ready.'}</span>
          <button type="button" className="small primary" onClick={() => void dialer().restartToUpdate()}>
            Restart to update
          </button>
        </div>
      )}
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
    </>
  );
}
