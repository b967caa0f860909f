import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, parsePolicy, type PolicyVerdict } from '../../../src/core/policy';

const ok = (verdict: PolicyVerdict) => {
  if (!verdict.ok) throw new Error(`expected a policy, got: ${verdict.message}`);
  return verdict;
};
const refused = (verdict: PolicyVerdict): string => {
  if (verdict.ok) throw new Error('expected the policy file to be refused');
  return verdict.message;
};

describe('parsePolicy: a good policy file', () => {
  it('reads every field an admin can set, normalizing the host and the update URL', () => {
    const { policy, warnings } = ok(
      parsePolicy(
        JSON.stringify({
          host: 'https://ACME.xima.cloud/',
          defaultCountry: 'gb',
          internationalFormat: 'e164',
          externalPrefix: '9',
          hotkey: 'CommandOrControl+Alt+Shift+K',
          confirmLinks: false,
          launchAtLogin: true,
          callbackSkills: ['Sales', 'Support'],
          defaultCallbackSkill: 'Support',
          demoAllowed: false,
          updateUrl: 'https://updates.acme.example/dialer',
          requireKeyring: true,
          locked: ['host', 'confirmLinks'],
          emergencyNumbers: 'allow',
          premiumNumbers: 'allow-including-links',
        }),
      ),
    );
    expect(warnings).toEqual([]);
    expect(policy).toEqual({
      settings: {
        host: 'acme.xima.cloud',
        defaultCountry: 'GB',
        internationalFormat: 'e164',
        externalPrefix: '9',
        hotkey: 'CommandOrControl+Alt+Shift+K',
        confirmLinks: false,
        launchAtLogin: true,
        callbackSkills: ['Sales', 'Support'],
        defaultCallbackSkill: 'Support',
      },
      locked: ['host', 'confirmLinks'],
      demoAllowed: false,
      updateUrl: 'https://updates.acme.example/dialer/',
      callRules: { emergencyNumbers: 'allow', premiumNumbers: 'allow-including-links' },
      requireKeyring: true,
    });
  });

  it('leaves demo allowed and updates off when the file does not mention them', () => {
    const { policy } = ok(parsePolicy('{"host": "acme.xima.cloud"}'));
    expect(policy.demoAllowed).toBe(true);
    expect(policy.requireKeyring).toBe(false);
    expect(policy.updateUrl).toBeNull();
    expect(policy.callRules).toEqual({ emergencyNumbers: 'refuse', premiumNumbers: 'refuse' });
    expect(policy.locked).toEqual([]);
  });

  it('accepts the byte-order mark Windows editors and PowerShell put in front of JSON', () => {
    expect(ok(parsePolicy('\uFEFF{"externalPrefix": "9"}')).policy.settings).toEqual({ externalPrefix: '9' });
  });

  it('treats an empty file as no policy, with a note', () => {
    const verdict = ok(parsePolicy('  \n'));
    expect(verdict.policy).toEqual(EMPTY_POLICY);
    expect(verdict.warnings).toEqual(['The policy file is empty, so no policy applies.']);
  });

  it('skips entries it does not know (a newer file on an older app) and says which', () => {
    const verdict = ok(parsePolicy('{"host": "acme.xima.cloud", "extension": "1001", "colour": "blue"}'));
    expect(verdict.policy.settings).toEqual({ host: 'acme.xima.cloud' });
    expect(verdict.warnings).toEqual([
      "The policy file's “extension” is not a policy setting and was skipped.",
      "The policy file's “colour” is not a policy setting and was skipped.",
    ]);
  });
});

describe('parsePolicy: a bad policy file is ignored with a sentence, never a crash', () => {
  it('says the file is not JSON', () => {
    expect(refused(parsePolicy('{"host": "acme.xima.cloud",'))).toMatch(
      /^The policy file is not valid JSON \(.+\), so the policy was ignored — fix the file and restart the app\.$/,
    );
  });

  it('says where the JSON breaks without quoting the file', () => {
    expect(refused(parsePolicy('{\n  "host": "acme.xima.cloud",\n}'))).toBe(
      'The policy file is not valid JSON (line 3, column 1), so the policy was ignored — fix the file and restart the app.',
    );
    const pastedToken = refused(parsePolicy('eyJhbGciOiJIUzI1NiJ9.pasted-token'));
    expect(pastedToken).toMatch(/^The policy file is not valid JSON/);
    expect(pastedToken).not.toContain('pasted-token');
  });

  it('says the file must be an object', () => {
    expect(refused(parsePolicy('["acme.xima.cloud"]'))).toMatch(/must hold one JSON object/);
  });

  it('names a field with the wrong type', () => {
    expect(refused(parsePolicy('{"confirmLinks": "yes"}'))).toMatch(
      /^The policy file's “confirmLinks” is not valid \(.*boolean.*\), so the policy was ignored/,
    );
  });

  it('names an emergency or premium rule it does not know', () => {
    expect(refused(parsePolicy('{"emergencyNumbers": true}'))).toMatch(
      /^The policy file's “emergencyNumbers” is not valid \(.*refuse.*allow.*\), so the policy was ignored/,
    );
    expect(refused(parsePolicy('{"premiumNumbers": "links"}'))).toMatch(
      /^The policy file's “premiumNumbers” is not valid/,
    );
  });

  it('names a value the settings form would refuse too', () => {
    expect(refused(parsePolicy('{"host": "acme.xima.cloud/path"}'))).toMatch(
      /^The policy file's “host” is not usable \(/,
    );
    expect(refused(parsePolicy('{"defaultCountry": "ZZ"}'))).toMatch(
      /“defaultCountry” is not usable \(“ZZ” is not a country code/,
    );
    expect(refused(parsePolicy('{"hotkey": "D"}'))).toMatch(/“hotkey” is not usable/);
    expect(refused(parsePolicy('{"externalPrefix": "9#"}'))).toMatch(/“externalPrefix” is not usable/);
    expect(refused(parsePolicy('{"callbackSkills": ["Sales"], "defaultCallbackSkill": "Billing"}'))).toMatch(
      /“defaultCallbackSkill” is not usable/,
    );
  });

  it('refuses to lock a setting that does not exist', () => {
    expect(refused(parsePolicy('{"locked": ["host", "tenant"]}'))).toMatch(
      /^The policy file locks “tenant”, which is not a setting \(use names like host/,
    );
  });

  it('refuses an update URL that is not HTTPS or carries credentials', () => {
    expect(refused(parsePolicy('{"updateUrl": "http://updates.acme.example/"}'))).toMatch(
      /must start with https:\/\//,
    );
    expect(refused(parsePolicy('{"updateUrl": "https://u:p@updates.acme.example/"}'))).toMatch(
      /user name or password/,
    );
    expect(refused(parsePolicy('{"updateUrl": "updates"}'))).toMatch(/is not a URL/);
  });

  it('refuses a file that is far too large to be a policy', () => {
    expect(refused(parsePolicy(`{"comment": "${'x'.repeat(70_000)}"}`))).toMatch(/larger than 64 KB/);
  });
});

describe('parsePolicy: the token is never taken from a policy file', () => {
  it.each(['token', 'Token', 'ximaToken', 'apiKey', 'bearer', 'password'])('refuses a “%s” entry', (key) => {
    const message = refused(
      parsePolicy(JSON.stringify({ host: 'acme.xima.cloud', [key]: 'eyJhbGciOi.secret' })),
    );
    expect(message).toContain(`contains “${key}”`);
    expect(message).toContain('provision the token per user');
    expect(message).not.toContain('eyJhbGciOi');
  });
});
