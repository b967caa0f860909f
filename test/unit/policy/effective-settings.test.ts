import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, effectiveSettings, parsePolicy, type Policy } from '../../../src/core/policy';
import { defaultSettings } from '../../../src/core/settings';
import type { Settings } from '../../../src/shared/settings-schema';

const agent: Settings = {
  ...defaultSettings(),
  host: 'mine.xima.cloud',
  extension: '1001',
  defaultCountry: 'DE',
  confirmLinks: false,
  callbackSkills: ['Mine'],
  defaultCallbackSkill: 'Mine',
};

function policyFrom(json: object): Policy {
  const verdict = parsePolicy(JSON.stringify(json));
  if (!verdict.ok) throw new Error(verdict.message);
  return verdict.policy;
}

describe('effectiveSettings: policy > the agent’s settings > defaults', () => {
  it('without a policy the agent’s settings apply and nothing is locked', () => {
    expect(effectiveSettings(agent, EMPTY_POLICY)).toEqual({ settings: agent, locked: [] });
  });

  it('a value the policy sets wins over the agent’s and is read-only', () => {
    const { settings, locked } = effectiveSettings(
      agent,
      policyFrom({
        host: 'acme.xima.cloud',
        confirmLinks: true,
        callbackSkills: ['Sales'],
        defaultCallbackSkill: 'Sales',
      }),
    );
    expect(settings.host).toBe('acme.xima.cloud');
    expect(settings.confirmLinks).toBe(true);
    expect(settings.callbackSkills).toEqual(['Sales']);
    expect(settings.defaultCallbackSkill).toBe('Sales');
    expect(locked.sort()).toEqual(['callbackSkills', 'confirmLinks', 'defaultCallbackSkill', 'host']);
  });

  it('keeps the agent’s own values for everything the policy does not touch', () => {
    const { settings } = effectiveSettings(agent, policyFrom({ host: 'acme.xima.cloud' }));
    expect(settings.extension).toBe('1001');
    expect(settings.defaultCountry).toBe('DE');
    expect(settings.confirmLinks).toBe(false);
  });

  it('a key that is only locked is held at the built-in default', () => {
    const { settings, locked } = effectiveSettings(
      agent,
      policyFrom({ locked: ['confirmLinks', 'defaultCountry'] }),
    );
    expect(settings.confirmLinks).toBe(defaultSettings().confirmLinks);
    expect(settings.defaultCountry).toBe(defaultSettings().defaultCountry);
    expect(settings.host).toBe('mine.xima.cloud');
    expect(locked.sort()).toEqual(['confirmLinks', 'defaultCountry']);
  });

  it('a key both set and locked is reported once, with the policy value', () => {
    const { settings, locked } = effectiveSettings(
      agent,
      policyFrom({ externalPrefix: '9', locked: ['externalPrefix'] }),
    );
    expect(settings.externalPrefix).toBe('9');
    expect(locked).toEqual(['externalPrefix']);
  });

  it('does not hand out the policy’s arrays, so editing settings cannot change the policy', () => {
    const policy = policyFrom({ callbackSkills: ['Sales'] });
    effectiveSettings(agent, policy).settings.callbackSkills.push('Leak');
    expect(policy.settings.callbackSkills).toEqual(['Sales']);
    expect(agent.callbackSkills).toEqual(['Mine']);
  });
});
