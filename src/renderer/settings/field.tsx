import type { ReactNode } from 'react';
import type { SettingKey } from '../../shared/settings-schema';
import { readable } from '../lib/readable';

export const fieldId = (key: SettingKey): string => `setting-${key}`;

export interface FieldState {
  error?: string | undefined;
  locked: boolean;
}

/** ARIA wiring shared by every control: its error and the "set by your administrator" note describe it. */
export function controlProps(key: SettingKey, { error, locked }: FieldState) {
  const id = fieldId(key);
  const describedBy = [error ? `${id}-error` : null, locked ? `${id}-locked` : null]
    .filter(Boolean)
    .join(' ');
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

interface Props extends FieldState {
  setting: SettingKey;
  label: string;
  hint?: string;
  children: ReactNode;
}

/** A labelled control with its hint, its error and the admin lock note. */
export function Field({ setting, label, hint, error, locked, children }: Props) {
  const id = fieldId(setting);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p className="hint">{hint}</p>}
      <FieldNotes setting={setting} error={error} locked={locked} />
    </div>
  );
}

interface CheckProps extends FieldState {
  setting: SettingKey;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckField({ setting, label, checked, onChange, error, locked }: CheckProps) {
  const id = fieldId(setting);
  return (
    <div className="field check">
      <input
        type="checkbox"
        {...controlProps(setting, { error, locked })}
        checked={checked}
        disabled={locked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldNotes setting={setting} error={error} locked={locked} />
    </div>
  );
}

/** The admin lock note and the field's error, with the ids `controlProps` points at. */
export function FieldNotes({ setting, error, locked }: FieldState & { setting: SettingKey }) {
  const id = fieldId(setting);
  return (
    <>
      {locked && (
        <p id={`${id}-locked`} className="hint locked">
          Set by your administrator
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error-text">
          {readable(error)}
        </p>
      )}
    </>
  );
}
