import { useRef, useState, type KeyboardEvent } from 'react';
import { acceleratorForHumans, recordKey, type Platform } from '../../shared/accelerator';
import { attempt, dialer } from '../lib/dialer';
import { controlProps, FieldNotes, fieldId, type FieldState } from './field';
import { ResultLine } from '../components/result-line';

interface Props extends FieldState {
  value: string;
  platform: Platform;
  paused: boolean;
  onChange(accelerator: string): void;
}

export function HotkeyRecorder({ value, platform, paused, onChange, error, locked }: Props) {
  const [recording, setRecording] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // The key that finished a recording must not also "click" the button when it is released (Space, Enter).
  const captured = useRef(false);
  const id = fieldId('hotkey');

  const onKeyDown = async (event: KeyboardEvent) => {
    if (!recording) return;
    const noModifier = !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey;
    // Plain Tab still leaves the recorder, so keyboard users are never trapped.
    if (event.key === 'Tab' && noModifier) {
      setRecording(false);
      return;
    }
    event.preventDefault();
    captured.current = true;
    const result = recordKey(event, platform === 'darwin');
    if (result.kind === 'waiting') return;
    if (result.kind === 'cancel') {
      setRecording(false);
      setMessage(null);
      return;
    }
    if (result.kind === 'invalid') {
      setMessage({ ok: false, text: result.message });
      return;
    }
    setRecording(false);
    const human = acceleratorForHumans(result.accelerator, platform);
    const check = await attempt(
      () => dialer().checkHotkey({ accelerator: result.accelerator }),
      `${human} could not be checked — try again.`,
    );
    if (check.ok) {
      onChange(result.accelerator);
      setMessage({ ok: true, text: `${human} is free — save to use it.` });
    } else {
      // The agent pressed keys, not "CommandOrControl": name them as the recorder shows them.
      setMessage({ ok: false, text: check.message.split(result.accelerator).join(human) });
    }
  };

  const shown = value ? acceleratorForHumans(value, platform) : 'No hotkey';
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <span className="label" id={`${id}-label`}>
        Hotkey that dials the highlighted number
      </span>
      <div className="input-row">
        <kbd className="hotkey" id={`${id}-value`}>
          {shown}
        </kbd>
        <button
          type="button"
          {...controlProps('hotkey', { error, locked })}
          aria-labelledby={`${id}-label ${id}-value ${id}`}
          className={recording ? 'recording' : undefined}
          disabled={locked}
          onClick={() => {
            if (recording) return;
            setMessage(null);
            setRecording(true);
          }}
          onKeyUp={(e) => {
            if (captured.current) e.preventDefault();
            captured.current = false;
          }}
          onKeyDown={(e) => void onKeyDown(e)}
          onBlur={() => setRecording(false)}
        >
          {recording ? 'Press the keys… (Esc cancels)' : 'Change'}
        </button>
      </div>
      <ResultLine outcome={message} quiet="hint" />
      <FieldNotes setting="hotkey" error={error} locked={locked} />
      <label className="check inline-check">
        <input
          type="checkbox"
          checked={paused}
          onChange={(e) => void dialer().setHotkeyPaused({ paused: e.target.checked })}
        />
        Pause the hotkey for now
      </label>
    </div>
  );
}
