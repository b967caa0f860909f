import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../src/shared/app-state';
import { SAMPLE_NUMBER } from '../../../support/sample-number';
import { postsTo, useSimulator } from '../../../support/simulator';
import { BETWEEN_COUNTRIES, NATIONAL_FORMS } from '../../phone/dialing-form-cases';
import { NOT_A_NUMBER } from '../../phone/not-a-number-cases';
import { useController } from './use-controller';

const sim = useSimulator({ https: false });
const open = useController(sim);

const dials = () => postsTo(sim(), 'click-to-dial');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the hotkey on text that is not a phone number', () => {
  it.each(NOT_A_NUMBER.map((c) => [c.what, c] as const))(
    '%s: says so in a sentence and sends nothing',
    async (_what, c) => {
      const { controller, ports } = open({ settings: { defaultCountry: c.country ?? 'US' } });
      const result = await controller.dialFromHotkey(c.input);
      expect(result.ok).toBe(false);
      // A URL is refused as a link of another scheme; everything else has no number in it.
      expect(result.ok ? '' : result.message).toMatch(
        /^(?:No phone number in the selection|Only tel:, callto: and sip: links)/,
      );
      expect(ports.notifier.shown.at(-1)?.body).toBe(result.ok ? null : result.message);
      expect(dials()).toEqual([]);
      expect(controller.getState().history).toEqual([]);
    },
  );
});

describe("the hotkey dials as a person in the agent's country dials", () => {
  it.each([...NATIONAL_FORMS, ...BETWEEN_COUNTRIES].map((c) => [c.what, c] as const))(
    '%s: the preview, the sentence and the request all carry the same number',
    async (_what, c) => {
      const { controller, ports } = open({ settings: { defaultCountry: c.country } });
      await controller.start();
      const preview = await controller.handlers.understand({ text: c.input });
      expect(preview).toMatchObject({ ok: true, numbers: [{ dial: c.dial, display: c.display }] });
      const result = await controller.dialFromHotkey(c.input);
      expect(result.ok).toBe(true);
      expect(dials().map((r) => r.body)).toEqual([
        { numberToDial: c.dial, useSelectedOutboundCallerId: true },
      ]);
      expect(ports.notifier.shown.at(-1)?.body).toMatch(new RegExp(`^Calling ${escape(c.display)} from `));
      expect(controller.getState().history[0]?.number).toMatchObject({ dial: c.dial, display: c.display });
    },
  );
});

describe('redial', () => {
  it('sends a recent dial in the form the current settings dial it, not the form it was saved in', async () => {
    // Saved by an earlier version, which sent London without its trunk prefix.
    const entry: HistoryEntry = {
      id: 'london',
      number: {
        ...SAMPLE_NUMBER,
        dial: '2079460958',
        e164: '+442079460958',
        display: '020 7946 0958',
        country: 'GB',
        extension: '301',
      },
      at: Date.UTC(2026, 0, 1),
      source: 'hotkey',
      callerId: null,
      outcome: 'placed',
      message: null,
    };
    const { controller } = open({ history: [entry], settings: { defaultCountry: 'GB' } });
    await controller.start();
    expect((await controller.handlers.redial({ historyId: 'london' })).ok).toBe(true);
    expect(dials().map((r) => r.body)).toEqual([
      { numberToDial: '02079460958', useSelectedOutboundCallerId: true },
    ]);
    expect(controller.getState().history[0]?.number).toMatchObject({
      dial: '02079460958',
      display: '020 7946 0958 ext. 301',
      extension: '301',
    });
  });
});
