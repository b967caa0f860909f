import { useState } from 'react';
import { controlProps, fieldId, type FieldState } from './field';

interface Props {
  skills: string[];
  defaultSkill: string | null;
  onChange(skills: string[], defaultSkill: string | null): void;
  errors: { skills?: string | undefined; defaultSkill?: string | undefined };
  locked: boolean;
}

export function SkillsEditor({ skills, defaultSkill, onChange, errors, locked }: Props) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const skillsState: FieldState = { error: errors.skills, locked };

  const add = () => {
    const skill = name.trim();
    if (!skill) return setMessage('Type the skill’s name as it appears in Xima, then Add.');
    if (skills.includes(skill)) return setMessage(`${skill} is already in the list.`);
    setMessage(null);
    setName('');
    onChange([...skills, skill], defaultSkill ?? skill);
  };
  const remove = (skill: string) => {
    const rest = skills.filter((s) => s !== skill);
    onChange(rest, defaultSkill === skill ? (rest[0] ?? null) : defaultSkill);
  };

  return (
    <fieldset className="group" disabled={locked}>
      <legend>Callback skills</legend>
      <p className="hint">
        Xima recommends a dedicated callback skill using the Reserve Agent strategy, so a callback waits for
        an agent before the customer is called.
      </p>
      {skills.length > 0 ? (
        <ul className="skills">
          {skills.map((skill) => (
            <li key={skill}>
              <span>{skill}</span>
              <button
                type="button"
                className="small"
                aria-label={`Remove skill ${skill}`}
                onClick={() => remove(skill)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No callback skills yet.</p>
      )}
      <div className="field">
        <label htmlFor={fieldId('callbackSkills')}>Add a skill</label>
        <div className="input-row">
          <input
            type="text"
            {...controlProps('callbackSkills', skillsState)}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" onClick={add}>
            Add
          </button>
        </div>
        {(message ?? errors.skills) && (
          <p id={`${fieldId('callbackSkills')}-error`} className="error-text">
            {message ?? errors.skills}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={fieldId('defaultCallbackSkill')}>Default skill</label>
        <select
          {...controlProps('defaultCallbackSkill', { error: errors.defaultSkill, locked })}
          value={defaultSkill ?? ''}
          onChange={(e) => onChange(skills, e.target.value || null)}
        >
          <option value="">None</option>
          {skills.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        {errors.defaultSkill && (
          <p id={`${fieldId('defaultCallbackSkill')}-error`} className="error-text">
            {errors.defaultSkill}
          </p>
        )}
      </div>
      {locked && (
        <p id={`${fieldId('callbackSkills')}-locked`} className="hint locked">
          Set by your administrator
        </p>
      )}
    </fieldset>
  );
}
