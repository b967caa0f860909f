import { useRef, useState, type FormEvent } from 'react';
import type { AppState } from '../../shared/app-state';
import { settingsRuleErrors } from '../../shared/settings-rules';
import type { SettingKey, Settings } from '../../shared/settings-schema';
import { attempt, dialer } from '../lib/dialer';
import { readable } from '../lib/readable';
import {
  firstErrorField,
  rebaseDraft,
  saveOutcome,
  settingsPatch,
  type FieldErrors,
} from '../lib/settings-form';
import { CallerIdMode } from './caller-id-mode';
import { ConnectionTest } from './connection-test';
import { CheckField, controlProps, Field, fieldId } from './field';
import { HotkeyRecorder } from './hotkey-recorder';
import { SkillsEditor } from './skills-editor';
import { SystemSection } from './system-section';
import { TokenField } from './token-field';

/** Form order: focus goes to the first field with an error. */
const ORDER: SettingKey[] = [
  'host',
  'extension',
  'defaultCountry',
  'internationalFormat',
  'externalPrefix',
  'hotkey',
  'callerIdMode',
  'fixedCallerId',
  'confirmLinks',
  'launchAtLogin',
  'keepHistory',
  'callbackSkills',
  'defaultCallbackSkill',
];

interface Props {
  state: AppState;
  tokenFocusRequest: number;
}

export function SettingsView({ state, tokenFocusRequest }: Props) {
  const saved = state.settings;
  const [base, setBase] = useState(saved);
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  // Main pushed new settings: adopt them without losing what the agent is typing.
  if (saved !== base) {
    setBase(saved);
    setDraft(rebaseDraft(base, saved, draft));
  }

  const locked = (key: SettingKey) => state.locked.includes(key);
  const field = (key: SettingKey) => ({ error: errors[key], locked: locked(key) });
  const set = <K extends SettingKey>(key: K, value: Settings[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const text = (key: 'host' | 'extension' | 'defaultCountry' | 'externalPrefix') => ({
    ...controlProps(key, field(key)),
    type: 'text',
    value: draft[key],
    readOnly: locked(key),
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });

  const focusField = (key: SettingKey | null) => {
    if (key) form.current?.querySelector<HTMLElement>(`#${fieldId(key)}`)?.focus();
  };

  /**
   * Returns whether the saved settings now match the form. A change always goes to main, which runs the
   * same rules and the ones that need data (the host), so every bad field gets its sentence. With nothing
   * changed, the panel's own run of main's rules is the whole answer.
   */
  const save = async ({ sayNothingChanged = false } = {}): Promise<boolean> => {
    const patch = settingsPatch(saved, draft, state.locked);
    if (Object.keys(patch).length === 0) {
      const ruleErrors = settingsRuleErrors(draft);
      if (Object.keys(ruleErrors).length === 0) {
        if (sayNothingChanged) setMessage({ ok: true, text: 'Nothing to save — no setting was changed.' });
        return true;
      }
      setErrors(ruleErrors);
      setMessage({ ok: false, text: 'The settings were not saved — fix the fields marked below.' });
      focusField(firstErrorField(ruleErrors, ORDER));
      return false;
    }
    setSaving(true);
    const result = await attempt(
      () => dialer().saveSettings(patch),
      'The settings could not be saved — try again.',
    );
    setSaving(false);
    const outcome = saveOutcome(result, ORDER);
    setErrors(outcome.fieldErrors);
    setMessage({ ok: outcome.ok, text: outcome.message });
    focusField(firstErrorField(outcome.fieldErrors, ORDER));
    return outcome.ok;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save({ sayNothingChanged: true });
  };

  return (
    <div className="settings">
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        {state.policyNotice && (
          <p className="hint warn-text" role="note">
            {state.policyNotice}
          </p>
        )}
        <fieldset className="group">
          <legend>Xima connection</legend>
          <Field setting="host" label="Tenant host" hint="Such as acme.xima.cloud" {...field('host')}>
            <input {...text('host')} autoComplete="off" spellCheck={false} placeholder="acme.xima.cloud" />
          </Field>
          <Field setting="extension" label="Your extension" {...field('extension')}>
            <input {...text('extension')} autoComplete="off" inputMode="numeric" />
          </Field>
          <TokenField
            tokenStored={state.tokenStored}
            protection={state.tokenProtection}
            focusRequest={tokenFocusRequest}
          />
          <ConnectionTest beforeTest={() => save()} known={state.callerIds} />
        </fieldset>

        <fieldset className="group">
          <legend>Numbers</legend>
          <Field
            setting="defaultCountry"
            label="Your country"
            hint="Two letters, such as US — numbers without a country code are read as local to it."
            {...field('defaultCountry')}
          >
            <input {...text('defaultCountry')} maxLength={2} className="short upper" autoComplete="off" />
          </Field>
          <Field
            setting="internationalFormat"
            label="International numbers are sent as"
            {...field('internationalFormat')}
          >
            <select
              {...controlProps('internationalFormat', field('internationalFormat'))}
              value={draft.internationalFormat}
              disabled={locked('internationalFormat')}
              onChange={(e) => set('internationalFormat', e.target.value as Settings['internationalFormat'])}
            >
              <option value="idd">Exit code and digits (011 44 …)</option>
              <option value="e164">Plus and digits (+44 …)</option>
            </select>
          </Field>
          <Field
            setting="externalPrefix"
            label="External prefix"
            hint="Digits your phone system needs before outside numbers, such as 9; leave empty if none."
            {...field('externalPrefix')}
          >
            <input {...text('externalPrefix')} inputMode="numeric" className="short" autoComplete="off" />
          </Field>
        </fieldset>

        <fieldset className="group">
          <legend>Hotkey and links</legend>
          <HotkeyRecorder
            value={draft.hotkey}
            platform={state.platform}
            paused={state.hotkey.paused}
            onChange={(accelerator) => set('hotkey', accelerator)}
            {...field('hotkey')}
          />
          <CheckField
            setting="confirmLinks"
            label="Ask before calling a number from a link"
            checked={draft.confirmLinks}
            onChange={(v) => set('confirmLinks', v)}
            {...field('confirmLinks')}
          />
        </fieldset>

        <CallerIdMode
          mode={draft.callerIdMode}
          fixed={draft.fixedCallerId}
          callerIds={state.callerIds}
          errors={errors}
          lockedMode={locked('callerIdMode')}
          lockedFixed={locked('fixedCallerId')}
          onMode={(mode) => set('callerIdMode', mode)}
          onFixed={(callerId) => set('fixedCallerId', callerId)}
        />

        <fieldset className="group">
          <legend>App</legend>
          <CheckField
            setting="launchAtLogin"
            label="Start when I log in"
            checked={draft.launchAtLogin}
            onChange={(v) => set('launchAtLogin', v)}
            {...field('launchAtLogin')}
          />
          <CheckField
            setting="keepHistory"
            label="Keep a list of recent dials"
            checked={draft.keepHistory}
            onChange={(v) => set('keepHistory', v)}
            {...field('keepHistory')}
          />
        </fieldset>

        <SkillsEditor
          skills={draft.callbackSkills}
          defaultSkill={draft.defaultCallbackSkill}
          onChange={(skills, defaultSkill) => {
            set('callbackSkills', skills);
            set('defaultCallbackSkill', defaultSkill);
          }}
          errors={{ skills: errors.callbackSkills, defaultSkill: errors.defaultCallbackSkill }}
          locked={locked('callbackSkills')}
        />

        <div className="save-bar">
          <p
            className={`save-message ${message?.ok === false ? 'error-text' : 'ok-text'}`}
            role="status"
            aria-live="polite"
          >
            {message ? readable(message.text) : ''}
          </p>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save settings'}
          </button>
        </div>
      </form>
      <SystemSection demo={state.demo} telHandler={state.telHandler} />
    </div>
  );
}
