import { useState, type FormEvent } from 'react';
import type { AppState, Notice } from '../../shared/app-state';
import type { CallerId } from '../../shared/settings-schema';
import { callerIdKey } from '../../shared/caller-ids';
import { attempt, dialer } from '../lib/dialer';
import { previewOf, type Preview } from '../lib/preview';
import { useUnderstanding } from '../lib/use-understanding';
import { readable } from '../lib/readable';
import { alreadyNoticed, type Outcome } from './result-line';

type Props = Pick<AppState, 'callerIds' | 'selectedCallerId' | 'dialing' | 'settings' | 'notice'>;

const SELECTED = '';

export function DialBox({ callerIds, selectedCallerId, dialing, settings, notice }: Props) {
  const [text, setText] = useState('');
  const [oneOff, setOneOff] = useState(SELECTED);
  const [result, setResult] = useState<Outcome | null>(null);
  const preview = previewOf(useUnderstanding(text));
  const fixed = settings.callerIdMode === 'fixed' ? settings.fixedCallerId : null;
  const defaultCaller = fixed ?? selectedCallerId;
  const options = [
    {
      value: SELECTED,
      text: defaultCaller ? `Usual (${defaultCaller.label || defaultCaller.outboundCallerId})` : 'Usual',
    },
    ...callerIds.map((c) => ({
      value: callerIdKey(c),
      text: c.label ? `${c.label} — ${c.display}` : c.display,
    })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setResult({ ok: false, text: 'Type or paste a phone number first.' });
      return;
    }
    const chosen = callerIds.find((c) => callerIdKey(c) === oneOff);
    const callerId: CallerId | null = chosen
      ? { label: chosen.label, outboundCallerId: chosen.outboundCallerId }
      : null;
    setResult(null);
    const answer = await attempt(
      () => dialer().dial({ text, callerId }),
      'The call could not be started — try again.',
    );
    if (answer.ok) {
      setText('');
      setOneOff(SELECTED);
      setResult({ ok: true, text: answer.message ?? 'Calling — pick up your phone.' });
    } else {
      setResult({ ok: false, text: answer.message });
    }
  };

  return (
    <section className="card" aria-labelledby="dial-heading">
      <h2 id="dial-heading">Dial a number</h2>
      <form className="dial-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="dial-text" className="visually-hidden">
          Number to dial
        </label>
        <div className="input-row">
          <input
            id="dial-text"
            type="text"
            inputMode="tel"
            autoComplete="off"
            spellCheck={false}
            placeholder="Type or paste a number"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setResult(null);
            }}
            aria-describedby="dial-preview"
          />
          <button type="submit" className="primary" disabled={dialing !== null}>
            {dialing ? 'Dialing…' : 'Dial'}
          </button>
        </div>
        {/* One reserved area: the last outcome until the agent types again, else the live preview. */}
        <div id="dial-preview" className="preview" aria-live="polite">
          <PreviewLine result={result} preview={preview} notice={notice} typing={text.trim() !== ''} />
        </div>
        {callerIds.length > 1 && (
          // Label above a full-width select: a 40-character caller-ID label still fits the narrow panel.
          <div className="field">
            <label htmlFor="dial-caller-id">Caller ID for this call</label>
            <select
              id="dial-caller-id"
              value={oneOff}
              onChange={(e) => setOneOff(e.target.value)}
              // A native select cannot wrap: the whole choice is in the tooltip when it is cut short.
              title={options.find((o) => o.value === oneOff)?.text}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.text}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
    </section>
  );
}

interface PreviewProps {
  result: Outcome | null;
  preview: Preview | null;
  notice: Notice | null;
  typing: boolean;
}

/** The last outcome (unless main's notice already says it), else the live preview, else how to use the box. */
function PreviewLine({ result, preview, notice, typing }: PreviewProps) {
  if (result && !alreadyNoticed(result.text, notice)) {
    return <span className={result.ok ? 'preview-muted' : 'preview-error'}>{readable(result.text)}</span>;
  }
  if (preview) {
    return (
      <>
        <span className={`preview-${preview.tone}`}>{preview.text}</span>
        {preview.extension && (
          <span className="preview-extension">
            then key in ext. <strong>{preview.extension}</strong> by hand
          </span>
        )}
      </>
    );
  }
  return typing ? null : (
    <span className="preview-muted">Paste any text with a number in it — Enter dials.</span>
  );
}
