import fc from 'fast-check';
import type { Intent } from '../../../src/shared/ipc-contract';
import { hostileText, settingsLike } from './arbitraries';

const id = fc.oneof(fc.constantFrom('id-1', 'chooser-1'), fc.string({ minLength: 1, maxLength: 100 }));
const callerId = fc.record({
  label: fc.oneof(fc.constantFrom('Sales Desk', 'Support Line'), fc.string({ maxLength: 200 })),
  outboundCallerId: fc.oneof(
    fc.constantFrom('8015550100', '8015550111'),
    fc.string({ minLength: 1, maxLength: 64 }),
  ),
});
const none = fc.constant(undefined);

/**
 * Payloads each intent's schema should accept (mostly); typed over every `Intent`, so a new intent
 * without a fuzzer fails to compile.
 */
export const validPayloads: Record<Intent, fc.Arbitrary<unknown>> = {
  getState: none,
  understand: fc.record({ text: hostileText }),
  dial: fc.record({ text: hostileText, callerId: fc.option(callerId, { nil: null }) }),
  chooseNumber: fc.record({ chooserId: id, index: fc.integer({ min: 0, max: 100 }) }),
  cancelChooser: fc.record({ chooserId: id }),
  redial: fc.record({ historyId: id }),
  clearHistory: none,
  copyText: fc.record({ text: fc.string({ maxLength: 200 }) }),
  selectCallerId: callerId,
  refreshCallerIds: none,
  scheduleCallback: fc.record({
    skill: fc.oneof(
      fc.constantFrom('Online Requests', 'Support Callbacks'),
      fc.string({ minLength: 1, maxLength: 200 }),
    ),
    text: hostileText,
  }),
  saveSettings: settingsLike,
  setToken: fc.record({
    token: fc.oneof(fc.constant('tok-new-0001'), fc.string({ minLength: 1, maxLength: 100 })),
  }),
  removeToken: none,
  testConnection: none,
  checkHotkey: fc.record({
    accelerator: fc.oneof(
      fc.constant('CommandOrControl+Alt+Shift+K'),
      fc.string({ minLength: 1, maxLength: 100 }),
    ),
  }),
  setHotkeyPaused: fc.record({ paused: fc.boolean() }),
  startDemo: none,
  stopDemo: none,
  openLogFolder: none,
  setAsTelHandler: none,
  restartToUpdate: none,
  hidePanel: none,
  dismissNotice: fc.record({ noticeId: id }),
};

const wrong = fc.oneof(fc.anything(), fc.string({ minLength: 65_537, maxLength: 65_540 }), fc.constant(-1));

/** A valid payload, bent: an extra key, a field of the wrong type, wrapped, or serialised. */
function bend(payload: unknown): fc.Arbitrary<unknown> {
  if (typeof payload !== 'object' || payload === null) return fc.oneof(wrong, fc.constant([payload]));
  const keys = Object.keys(payload);
  return fc.oneof(
    wrong.map((value) => ({ ...payload, extra: value })),
    keys.length === 0
      ? wrong
      : fc.tuple(fc.constantFrom(...keys), wrong).map(([key, value]) => ({ ...payload, [key]: value })),
    fc.constant([payload]),
    fc.constant(JSON.stringify(payload)),
    fc.constant({ __proto__: payload }),
  );
}

/** Anything a compromised or buggy panel could send on this intent's channel. */
export function anyPayload(intent: Intent): fc.Arbitrary<unknown> {
  const valid = validPayloads[intent];
  return fc.oneof(valid, valid.chain(bend), fc.anything());
}
