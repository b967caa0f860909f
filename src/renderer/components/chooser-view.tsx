import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Chooser } from '../../shared/app-state';
import { ARMED, ARMING, NOT_ARMED, NOT_SPACE, type ChoiceInput } from '../../shared/link-consent';
import { chooserKey } from '../lib/chooser-keys';
import { attempt, dialer } from '../lib/dialer';
import { numberOnly } from '../lib/number-text';
import { readable } from '../lib/readable';
import { useArming } from '../lib/use-arming';

interface Props {
  chooser: Chooser;
}

export function ChooserView({ chooser }: Props) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const link = chooser.reason === 'link';
  const guarded = chooser.armedAt !== null;
  const armed = useArming(chooser.armedAt);
  // A press that began before the buttons armed (mouse held down) is not an answer.
  const pressedEarly = useRef(false);
  const spaceDown = useRef(false);
  const single = chooser.numbers.length === 1;

  // First number focused as soon as the chooser appears, so Enter dials it (once armed).
  useEffect(() => {
    buttons.current[0]?.focus();
  }, [chooser.id]);

  const choose = async (index: number, via: ChoiceInput) => {
    if (sending) return;
    if (!armed) {
      setMessage(NOT_ARMED);
      return;
    }
    setSending(true);
    const result = await attempt(
      () => dialer().chooseNumber({ chooserId: chooser.id, index, via }),
      'The call could not be started — try again.',
    );
    setSending(false);
    if (!result.ok) setMessage(result.message);
  };
  const cancel = () => void attempt(() => dialer().cancelChooser({ chooserId: chooser.id }), '');

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === ' ') {
      spaceDown.current = true;
      if (guarded) {
        // The button would "click" on release: a link is never confirmed with Space.
        event.preventDefault();
        setMessage(NOT_SPACE);
      }
      return;
    }
    const focused = buttons.current.findIndex((b) => b === document.activeElement);
    // Enter on the Cancel button must cancel, not dial.
    if (event.key === 'Enter' && focused < 0) return;
    const move = chooserKey(event.key, focused, chooser.numbers.length);
    if (!move) return;
    event.preventDefault();
    if (move.type === 'cancel') cancel();
    // A held key repeats: only a fresh press is an answer, never one that began before the chooser.
    else if (move.type === 'choose') {
      if (!event.repeat) void choose(move.index, 'Enter');
    } else buttons.current[move.index]?.focus();
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== ' ') return;
    if (guarded) event.preventDefault();
    // After the click the release triggers, so the click still knows it came from Space.
    setTimeout(() => (spaceDown.current = false));
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
      onKeyUp={onKeyUp}
    >
      <h2 id="chooser-heading">{heading}</h2>
      <p id="chooser-hint" className="muted">
        {hint} Enter calls, Esc cancels.
      </p>
      <ol className={`chooser-list${armed ? '' : ' arming'}`}>
        {chooser.numbers.map((number, index) => (
          // The accessible name is the visible text, so voice control finds the button by what it
          // shows — "1", the number, "Call" (WCAG 2.5.3, Label in Name).
          <li key={`${index}-${number.dial}`}>
            <button
              type="button"
              className="chooser-number"
              ref={(el) => {
                buttons.current[index] = el;
              }}
              onPointerDown={() => (pressedEarly.current = !armed)}
              onClick={() => {
                const early = pressedEarly.current;
                pressedEarly.current = false;
                if (early) setMessage(NOT_ARMED);
                else void choose(index, spaceDown.current ? 'Space' : 'pointer');
              }}
              disabled={sending}
              aria-disabled={armed ? undefined : true}
            >
              <span className="chooser-index">{single ? 'Call' : index + 1}</span>
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
      {/* A live region: screen readers hear the arming, then "Ready" the moment it counts. */}
      <p className="line-reserve muted" role="status">
        {guarded ? (armed ? ARMED : ARMING) : ''}
      </p>
      <p className="line-reserve error-text" role="status">
        {message ? readable(message) : ''}
      </p>
    </section>
  );
}
