import { describe, expect, it } from 'vitest';
import {
  createDialPipeline,
  DEFAULT_CALL_RULES,
  decideText,
  type CallGuard,
  type CallRules,
} from '../../../src/core/dial';
import { costlyExamples, emergencyNumbersByRegion } from '../../support/number-hazards';
import { recordingApi } from '../../support/recording-api';
import { SAMPLE_NUMBER } from '../../support/sample-number';

const guard = (country: string, externalPrefix = '', rules: CallRules = DEFAULT_CALL_RULES): CallGuard => ({
  country,
  externalPrefix,
  rules,
  fromLink: false,
});
const decideIn = (text: string, country: string, externalPrefix = '', rules?: CallRules) =>
  decideText(
    text,
    { defaultCountry: country, internationalFormat: 'idd' },
    guard(country, externalPrefix, rules),
  );

const EMERGENCY =
  /is an emergency number — call it from your phone directly; the dialer does not pass your location\.$/;
const REACHES = /reaches the emergency number \d+ — call it from your phone directly/;

describe('emergency numbers, walked region by region from the short-number metadata', () => {
  const regions = emergencyNumbersByRegion();

  it('covers every region the metadata lists that the app knows', () => {
    expect(regions.length).toBeGreaterThanOrEqual(230);
  });

  it('refuses each region’s emergency numbers typed alone, with the sentence that says what to do', () => {
    const dialed: string[] = [];
    for (const { region, numbers } of regions) {
      for (const emergency of numbers) {
        const decision = decideIn(emergency, region);
        if (decision.kind !== 'refused' || !EMERGENCY.test(decision.message))
          dialed.push(`${region} ${emergency}: ${decision.kind}`);
      }
    }
    expect(dialed).toEqual([]);
  });

  it('refuses them typed behind the external prefix, and sent with the prefix setting', () => {
    const dialed: string[] = [];
    for (const { region, numbers } of regions) {
      for (const emergency of numbers) {
        const typed = decideIn(`9${emergency}`, region, '9');
        if (typed.kind !== 'refused' || !(REACHES.test(typed.message) || EMERGENCY.test(typed.message)))
          dialed.push(`${region} 9${emergency}`);
        const withSetting = decideIn(emergency, region, '9');
        if (withSetting.kind !== 'refused') dialed.push(`${region} ${emergency} with prefix 9`);
      }
    }
    expect(dialed).toEqual([]);
  });

  it.each([
    ['9911', 'US', '', '911'],
    ['1911', 'US', '', '911'],
    ['0112', 'DE', '', '112'],
    ['00112', 'DE', '', '112'],
    ['90112', 'DE', '', '112'],
    ['0999', 'GB', '', '999'],
    ['8112', 'RU', '8', '112'],
  ])('refuses %s from %s around the outside-line and trunk prefixes', (typed, country, prefix, emergency) => {
    const decision = decideIn(typed, country, prefix);
    expect(decision).toEqual({
      kind: 'refused',
      message: `${typed} reaches the emergency number ${emergency} — call it from your phone directly; the dialer does not pass your location.`,
    });
  });

  it.each([
    ['tel:911', 'US'],
    ['tel:112', 'DE'],
    ['callto:999', 'GB'],
    ['x911', 'US'],
    ['ext. 112', 'DE'],
  ])('refuses %s from %s, however it is written', (text, country) => {
    expect(decideIn(text, country)).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(EMERGENCY),
    });
  });

  it('still dials everyday numbers and extensions that only start like an emergency number', () => {
    expect(decideIn('01 53 45 67 89', 'FR')).toMatchObject({ kind: 'one' }); // Paris, starts with 15
    expect(decideIn('(911) 555', 'US').kind).not.toBe('refused');
    expect(decideIn('2051', 'US')).toMatchObject({ kind: 'one' });
    expect(decideIn('1000', 'FR')).toMatchObject({ kind: 'one' });
    expect(decideIn('(385) 555-1234', 'US', '9')).toMatchObject({ kind: 'one' });
  });

  it('dials them when the policy allows emergency calls, but never from a link', () => {
    const rules: CallRules = { emergencyNumbers: 'allow', premiumNumbers: 'refuse' };
    expect(decideIn('911', 'US', '', rules)).toMatchObject({ kind: 'one' });
    const fromLink = decideText(
      'tel:911',
      { defaultCountry: 'US', internationalFormat: 'idd' },
      { ...guard('US', '', rules), fromLink: true },
    );
    expect(fromLink).toEqual({
      kind: 'refused',
      message:
        '911 is an emergency number, and links never dial one — call it from your phone directly; the dialer does not pass your location.',
    });
  });
});

describe('numbers that cost the caller, by the metadata’s number type', () => {
  const examples = costlyExamples();

  it('has premium-rate examples from at least 10 countries', () => {
    expect(
      new Set(examples.filter((e) => e.type === 'premium-rate').map((e) => e.region)).size,
    ).toBeGreaterThan(10);
  });

  it('refuses every region’s premium-rate and shared-cost example, dialed from that region and from the US', () => {
    const dialed: string[] = [];
    for (const { region, e164, type } of examples) {
      for (const from of [region, 'US']) {
        const decision = decideIn(e164, from);
        const words = type === 'premium-rate' ? 'is a premium-rate number' : 'is a shared-cost number';
        if (decision.kind !== 'refused' || !decision.message.includes(words))
          dialed.push(`${e164} from ${from}`);
      }
    }
    expect(dialed).toEqual([]);
  });

  it('says what the number costs and who can allow it', () => {
    expect(decideIn('+1 900 555 0199', 'US')).toEqual({
      kind: 'refused',
      message:
        '(900) 555-0199 is a premium-rate number (the caller pays a high charge), so it was not dialed — call it from your phone if it is really needed, or ask your administrator to allow such numbers.',
    });
  });

  it('refuses a premium short service reached through the prefix setting, not a bare extension', () => {
    expect(decideIn('93639', 'FR', '9')).toMatchObject({ kind: 'refused' });
    expect(decideIn('3639', 'FR', '9')).toMatchObject({ kind: 'one' });
  });

  it('allows premium numbers by policy: links only with allow-including-links', () => {
    const phone = { defaultCountry: 'US', internationalFormat: 'idd' } as const;
    const link = (premiumNumbers: CallRules['premiumNumbers']) =>
      decideText('tel:+19005550199', phone, {
        ...guard('US', '', { emergencyNumbers: 'refuse', premiumNumbers }),
        fromLink: true,
      });
    expect(
      decideIn('+1 900 555 0199', 'US', '', { emergencyNumbers: 'refuse', premiumNumbers: 'allow' }),
    ).toMatchObject({ kind: 'one' });
    expect(link('allow')).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('links never dial one'),
    });
    expect(link('allow-including-links')).toMatchObject({ kind: 'one' });
  });
});

describe('the pipeline refuses before any request', () => {
  const plan = {
    callerIdMode: 'selected' as const,
    fixedCallerId: null,
    externalPrefix: '9',
    defaultCountry: 'US',
  };

  it('for text, for an already chosen number (chooser, redial), and for a link even with rules that allow it', async () => {
    const api = recordingApi();
    const pipeline = createDialPipeline({ now: () => 0 });
    const context = { api, plan, selectedCallerId: null };
    const emergency = {
      ...SAMPLE_NUMBER,
      dial: '911',
      e164: null,
      display: '911',
      country: null,
      kind: 'internal' as const,
    };
    expect(
      await pipeline.dialText('911', { defaultCountry: 'US', internationalFormat: 'idd' }, context),
    ).toMatchObject({
      kind: 'refused',
    });
    expect(await pipeline.dialNumber(emergency, context)).toMatchObject({ kind: 'refused' });
    const allow: CallRules = { emergencyNumbers: 'allow', premiumNumbers: 'allow' };
    expect(await pipeline.dialNumber(emergency, { ...context, rules: allow, fromLink: true })).toMatchObject({
      kind: 'refused',
    });
    expect(api.posts).toEqual([]);
    expect(await pipeline.dialNumber(emergency, { ...context, rules: allow })).toMatchObject({
      kind: 'placed',
    });
    expect(api.posts).toEqual([
      { numberToDial: '911', useSelectedOutboundCallerId: true, externalPrefix: '9' },
    ]);
  });
});
