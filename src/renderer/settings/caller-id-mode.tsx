import type { CallerIdView } from '../../shared/app-state';
import type { CallerId, Settings } from '../../shared/settings-schema';
import { callerIdKey } from '../../shared/caller-ids';
import type { FieldErrors } from '../lib/settings-form';
import { controlProps, Field, FieldNotes } from './field';

interface Props {
  mode: Settings['callerIdMode'];
  fixed: CallerId | null;
  callerIds: CallerIdView[];
  errors: FieldErrors;
  lockedMode: boolean;
  lockedFixed: boolean;
  onMode(mode: Settings['callerIdMode']): void;
  onFixed(callerId: CallerId | null): void;
}

/** "Use the caller ID selected in Xima" (the default) or one fixed caller ID for every call. */
export function CallerIdMode({
  mode,
  fixed,
  callerIds,
  errors,
  lockedMode,
  lockedFixed,
  onMode,
  onFixed,
}: Props) {
  const fixedKey = fixed ? callerIdKey(fixed) : '';
  const fixedState = { error: errors.fixedCallerId, locked: lockedFixed };
  return (
    <fieldset className="group" disabled={lockedMode}>
      <legend>Caller ID for calls</legend>
      <label className="check">
        <input
          type="radio"
          name="caller-id-mode"
          {...controlProps('callerIdMode', { error: errors.callerIdMode, locked: lockedMode })}
          checked={mode === 'selected'}
          onChange={() => onMode('selected')}
        />
        The one selected in Xima (recommended)
      </label>
      <label className="check">
        <input
          type="radio"
          name="caller-id-mode"
          checked={mode === 'fixed'}
          onChange={() => onMode('fixed')}
        />
        Always the same caller ID
      </label>
      <FieldNotes setting="callerIdMode" error={errors.callerIdMode} locked={lockedMode} />
      {mode === 'fixed' && (
        <Field setting="fixedCallerId" label="Fixed caller ID" {...fixedState}>
          <select
            {...controlProps('fixedCallerId', fixedState)}
            value={fixedKey}
            disabled={lockedFixed}
            onChange={(e) => {
              const c = callerIds.find((x) => callerIdKey(x) === e.target.value);
              onFixed(c ? { label: c.label, outboundCallerId: c.outboundCallerId } : null);
            }}
          >
            <option value="">Choose a caller ID</option>
            {/* A fixed caller ID Xima no longer lists stays visible, so the agent sees what is set. */}
            {fixed && !callerIds.some((c) => callerIdKey(c) === fixedKey) && (
              <option value={fixedKey}>{fixed.label || fixed.outboundCallerId}</option>
            )}
            {callerIds.map((c) => (
              <option key={callerIdKey(c)} value={callerIdKey(c)}>
                {c.label ? `${c.label} — ${c.display}` : c.display}
              </option>
            ))}
          </select>
        </Field>
      )}
    </fieldset>
  );
}
