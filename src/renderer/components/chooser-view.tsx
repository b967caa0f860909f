import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Chooser } from '../../shared/app-state';
import { chooserKey } from '../lib/chooser-keys';
import { attempt, dialer } from '../lib/dialer';
import { numberOnly } from '../lib/number-text';
import { readable } from '../lib/readable';

interface Props {
  chooser: Chooser;
}

export function ChooserView({ chooser }: Props) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const link = chooser.reason === 'link';
  const single = chooser.numbers.length === 1;

  // First number focused as soon as the chooser appears, so Enter dials it.
  useEffect(() => {
    buttons.current[0]?.focus();
  }, [chooser.id]);

  const choose = async (index: number) => {
    if (sending) return;
    setSending(true);
    const result = await attempt(
      () => dialer().chooseNumber({ chooserId: chooser.id, index }),
      'The call could not be started — try again.',
    );
    setSending(false);
    if (!result.ok) setMessage(result.message);
  };
  const cancel = () => void attempt(() => dialer().cancelChooser({ chooserId: chooser.id }), '');

  const onKeyDown = (event: KeyboardEvent) => {
    const focused = buttons.current.findIndex((b) => b === document.activeElement);
    // Enter on the Cancel button must cancel, not dial.
    if (event.key === 'Enter' && focused < 0) return;
    const move = chooserKey(event.key, focused, chooser.numbers.length);
    if (!move) return;
    event.preventDefault();
    if (move.type === 'cancel') cancel();
    else if (move.type === 'choose') void choose(move.index);
    else buttons.current[move.index]?.focus();
  };

  const heading = link ? 'A link asks to call…' : 'Which number should be called?';
  const hint = link
    ? 'Check the number before calling: a web page can open a call link by itself.'
    : `Your selection held ${chooser.numbers.length} numbers.`;

  return (
    <section
      className="chooser"
      aria-labelledby="chooser-heading"
      aria-describedby="chooser-hint"
      onKeyDown={onKeyDown}
    >
      <h2 id="chooser-heading">{heading}</h2>
      <p id="chooser-hint" className="muted">
        {hint} Enter calls, Esc cancels.
      </p>
      <ol className="chooser-list">
        {chooser.numbers.map((number, index) => (
          <li key={`${index}-${number.dial}`}>
            <button
              type="button"
              className="chooser-number"
              ref={(el) => {
                buttons.current[index] = el;
              }}
              onClick={() => void choose(index)}
              disabled={sending}
              aria-label={`Call ${numberOnly(number)}${number.extension ? `, then extension ${number.extension}` : ''}`}
            >
              <span className="chooser-index" aria-hidden="true">
                {single ? 'Call' : index + 1}
              </span>
              <span className="chooser-display">{numberOnly(number)}</span>
              {number.extension && (
                <span className="chooser-extension">then key in ext. {number.extension}</span>
              )}
            </button>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
      <p className="line-reserve error-text" role="status">
        {message ? readable(message) : ''}
      </p>
    </section>
  );
}
