import { useState, type FormEvent } from 'react';
import type { Notice } from '../../shared/app-state';
import type { Settings } from '../../shared/settings-schema';
import { attempt, dialer } from '../lib/dialer';
import { ResultLine } from './result-line';

interface Props {
  settings: Settings;
  notice: Notice | null;
  onOpenSettings(): void;
}

export function CallbackForm({ settings, notice, onOpenSettings }: Props) {
  const skills = settings.callbackSkills;
  const preferred =
    settings.defaultCallbackSkill && skills.includes(settings.defaultCallbackSkill)
      ? settings.defaultCallbackSkill
      : skills[0];
  const [skill, setSkill] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const chosenSkill = skill !== null && skills.includes(skill) ? skill : (preferred ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setResult({ ok: false, text: 'Type the customer’s number first.' });
      return;
    }
    setResult(null);
    const answer = await attempt(
      () => dialer().scheduleCallback({ skill: chosenSkill, text }),
      'The callback could not be scheduled — try again.',
    );
    if (answer.ok) {
      setText('');
      setResult({ ok: true, text: answer.message ?? `Callback scheduled in ${chosenSkill}.` });
    } else setResult({ ok: false, text: answer.message });
  };

  return (
    <section className="card" aria-labelledby="callback-heading">
      <h2 id="callback-heading">Schedule a callback</h2>
      {skills.length === 0 ? (
        <p className="muted">
          Add a callback skill in Settings to schedule callbacks.{' '}
          <button type="button" className="link" onClick={onOpenSettings}>
            Open settings
          </button>
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor="callback-skill">Skill</label>
            <select
              id="callback-skill"
              value={chosenSkill}
              onChange={(e) => setSkill(e.target.value)}
              title={chosenSkill}
            >
              {skills.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="callback-number">Customer’s number</label>
            <div className="input-row">
              <input
                id="callback-number"
                type="text"
                inputMode="tel"
                autoComplete="off"
                spellCheck={false}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              <button type="submit">Schedule</button>
            </div>
          </div>
          <ResultLine outcome={result} notice={notice} />
        </form>
      )}
    </section>
  );
}
