import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_RULES, type CallRules } from '../../../../src/core/dial';
import { EMPTY_POLICY, type Policy } from '../../../../src/core/policy';
import type { HistoryEntry } from '../../../../src/shared/app-state';
import { costlyExamples, emergencyNumbersByRegion } from '../../../support/number-hazards';
import { SAMPLE_NUMBER } from '../../../support/sample-number';
import { useSimulator } from '../../../support/simulator';
import { useController } from './use-controller';

const sim = useSimulator({ https: false });
const open = useController(sim);

/** Dials and callbacks: what would place a call. GETs (caller IDs) are not calls. */
const posts = () => sim().requests.filter((r) => r.method === 'POST');

const NO_LOCATION = 'call it from your phone directly; the dialer does not pass your location.';
const policyWith = (callRules: CallRules): Policy => ({ ...EMPTY_POLICY, callRules });

/** Every 6th region of the short-number metadata, plus the ones the issue names: 40 countries or so. */
const emergencyTable = emergencyNumbersByRegion()
  .filter(({ region }, index) => ['US', 'DE', 'GB', 'AU', 'FR'].includes(region) || index % 6 === 0)
  .map(({ region, numbers }) => [region, numbers] as const);

describe('emergency numbers are refused on every path, with a sentence and no request', () => {
  it('covers at least 30 countries', () => {
    expect(emergencyTable.length).toBeGreaterThanOrEqual(30);
  });

  it.each(emergencyTable)(
    '%s: every emergency number by hotkey, alone and behind the prefix',
    async (region, numbers) => {
      const { controller, ports } = open({ settings: { defaultCountry: region, externalPrefix: '9' } });
      for (const emergency of numbers) {
        for (const text of [emergency, `9${emergency}`]) {
          const result = await controller.dialFromHotkey(text);
          expect(result, `${region} ${text}`).toMatchObject({
            ok: false,
            message: expect.stringContaining(NO_LOCATION),
          });
        }
      }
      expect(ports.notifier.shown.at(-1)?.body).toContain(NO_LOCATION);
      expect(controller.getState().history).toEqual([]);
      expect(posts()).toHaveLength(0);
    },
  );

  it('"112" double-clicked in "Suite 112" and the hotkey: refused; the whole "Suite 112": nothing dialed', async () => {
    const { controller } = open();
    expect(await controller.dialFromHotkey('112')).toEqual({
      ok: false,
      message: `112 is an emergency number — ${NO_LOCATION}`,
    });
    expect((await controller.dialFromHotkey('Suite 112')).ok).toBe(false);
    expect(posts()).toHaveLength(0);
  });

  it('from a link dialed at once, even when the policy lets agents dial emergency numbers', async () => {
    const { controller } = open({
      settings: { confirmLinks: false },
      policy: policyWith({ emergencyNumbers: 'allow', premiumNumbers: 'refuse' }),
    });
    expect(await controller.openLink('tel:911')).toEqual({
      ok: false,
      message: `911 is an emergency number, and links never dial one — ${NO_LOCATION}`,
    });
    expect(posts()).toHaveLength(0);
  });

  it('from the tray, the panel dial box (and its preview), and a callback', async () => {
    const { controller } = open({ settings: { callbackSkills: ['Online Requests'] } });
    expect((await controller.dialFromTray('911')).message).toBe(
      `911 is an emergency number — ${NO_LOCATION}`,
    );
    expect((await controller.handlers.dial({ text: '911', callerId: null })).ok).toBe(false);
    expect(await controller.handlers.understand({ text: '911' })).toEqual({
      ok: false,
      reason: `911 is an emergency number — ${NO_LOCATION}`,
    });
    expect(await controller.handlers.scheduleCallback({ skill: 'Online Requests', text: '911' })).toEqual({
      ok: false,
      message: `911 is an emergency number — ${NO_LOCATION}`,
    });
    expect(posts()).toHaveLength(0);
  });

  it('on redial of an emergency number left in recent dials', async () => {
    const entry: HistoryEntry = {
      id: 'old-911',
      number: { ...SAMPLE_NUMBER, dial: '911', e164: null, display: '911', country: null, kind: 'internal' },
      at: Date.UTC(2026, 0, 1),
      source: 'hotkey',
      callerId: null,
      outcome: 'placed',
      message: null,
    };
    const { controller } = open({ history: [entry] });
    expect(await controller.handlers.redial({ historyId: 'old-911' })).toEqual({
      ok: false,
      message: `911 is an emergency number — ${NO_LOCATION}`,
    });
    expect(posts()).toHaveLength(0);
  });

  it('dials one when the administrator allows emergency calls, from the hotkey only', async () => {
    const { controller } = open({
      policy: policyWith({ emergencyNumbers: 'allow', premiumNumbers: 'refuse' }),
    });
    expect((await controller.dialFromHotkey('911')).ok).toBe(true);
    expect(posts().map((r) => r.body)).toEqual([{ numberToDial: '911', useSelectedOutboundCallerId: true }]);
  });
});

/** One premium-rate example per country, a dozen countries, from the metadata. */
const premiumTable = (() => {
  const seen = new Set<string>();
  return costlyExamples()
    .filter(({ region, type }) => type === 'premium-rate' && !seen.has(region) && seen.add(region))
    .filter((_, index) => index % 5 === 0)
    .slice(0, 12)
    .map(({ region, e164 }) => [region, e164] as const);
})();

describe('premium-rate numbers are refused unless the policy allows them', () => {
  it('covers at least 10 countries', () => {
    expect(premiumTable.length).toBeGreaterThanOrEqual(10);
  });

  it.each(premiumTable)('%s: %s by hotkey and by link, nothing sent', async (region, e164) => {
    const { controller } = open({ settings: { defaultCountry: region, confirmLinks: false } });
    const hotkey = await controller.dialFromHotkey(e164);
    expect(hotkey).toMatchObject({ ok: false, message: expect.stringContaining('is a premium-rate number') });
    expect((await controller.openLink(`tel:${e164}`)).ok).toBe(false);
    expect(posts()).toHaveLength(0);
  });

  it('refuses the pick in a chooser and says why', async () => {
    const { controller } = open();
    await controller.dialFromHotkey('Call 385-555-1234 or +1 900 555 0199');
    const chooser = controller.getState().chooser;
    expect(chooser?.numbers.map((n) => n.dial)).toEqual(['3855551234', '9005550199']);
    const picked = await controller.handlers.chooseNumber({
      chooserId: chooser?.id ?? '',
      index: 1,
      via: 'Enter',
    });
    expect(picked).toMatchObject({
      ok: false,
      message: expect.stringContaining('(900) 555-0199 is a premium-rate'),
    });
    expect(posts()).toHaveLength(0);
  });

  it('allow: the agent may dial one, a link may not', async () => {
    const { controller } = open({
      settings: { confirmLinks: false },
      policy: policyWith({ ...DEFAULT_CALL_RULES, premiumNumbers: 'allow' }),
    });
    expect((await controller.openLink('tel:+19005550199')).message).toContain('links never dial one');
    expect(posts()).toHaveLength(0);
    expect((await controller.dialFromHotkey('+1 900 555 0199')).ok).toBe(true);
    expect(posts().map((r) => r.body)).toEqual([
      { numberToDial: '9005550199', useSelectedOutboundCallerId: true },
    ]);
  });

  it('allow-including-links: a link dials one too', async () => {
    const { controller } = open({
      settings: { confirmLinks: false },
      policy: policyWith({ ...DEFAULT_CALL_RULES, premiumNumbers: 'allow-including-links' }),
    });
    expect((await controller.openLink('tel:+19005550123')).ok).toBe(true);
    expect(posts().map((r) => r.body)).toEqual([
      { numberToDial: '9005550123', useSelectedOutboundCallerId: true },
    ]);
  });
});
