import { useState } from 'react';
import type { CallerIdView } from '../../shared/app-state';
import type { CallerId } from '../../shared/settings-schema';
import { sameCallerId } from '../../shared/caller-ids';
import { attempt, dialer } from '../lib/dialer';
import { readable } from '../lib/readable';

interface Props {
  /** Saves pending changes first, so the test checks what the agent sees; false stops the test. */
  beforeTest(): Promise<boolean>;
  /** Main's formatted caller IDs: the test lists the same human numbers the picker shows. */
  known: CallerIdView[];
}

/** The number as the picker shows it when main has formatted it, else the digits Xima sent. */
const shown = (callerId: CallerId, known: CallerIdView[]): string =>
  known.find((k) => sameCallerId(k, callerId))?.display ?? callerId.outboundCallerId;

export function ConnectionTest({ beforeTest, known }: Props) {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string; callerIds: CallerId[] } | null>(null);

  const run = async () => {
    setRunning(true);
    setResult(null);
    if (await beforeTest()) {
      const answer = await attempt(() => dialer().testConnection(), 'The test could not run — try again.');
      setResult(answer.ok ? answer : { ok: false, message: answer.message, callerIds: [] });
    }
    setRunning(false);
  };

  return (
    <div className="field">
      <button type="button" onClick={() => void run()} disabled={running}>
        {running ? 'Testing…' : 'Test connection'}
      </button>
      <div role="status" aria-live="polite" className="line-reserve">
        {result && <p className={result.ok ? 'ok-text' : 'error-text'}>{readable(result.message)}</p>}
        {result?.ok && result.callerIds.length > 0 && (
          <ul className="plain-list">
            {result.callerIds.map((c) => (
              <li key={`${c.outboundCallerId}|${c.label}`}>
                {c.label ? `${c.label}: ` : ''}
                {shown(c, known)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
