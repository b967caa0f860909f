import { describe, expect, it } from 'vitest';
import { BETWEEN_COUNTRIES, NATIONAL_FORMS } from '../unit/phone/dialing-form-cases';
import { NOT_A_NUMBER } from '../unit/phone/not-a-number-cases';
import { cliEnv, postsTo, runXimaDial, useSimulator } from '../support/simulator';

const sim = useSimulator();
const run = (args: string[]) => runXimaDial(args, cliEnv(sim()));

describe('xima-dial dial: text that is not a phone number', () => {
  // Each run is a real process; a few at a time keep the table quick. Nothing may reach the simulator
  // at any point, so the shared request log holds for every run.
  it.concurrent.for(NOT_A_NUMBER.map((c) => [c.what, c] as const))(
    '%s: exit 2, a sentence, and the simulator receives nothing',
    async ([, c], { expect }) => {
      const result = await run(['dial', c.input, '--country', c.country ?? 'US']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      // A URL is refused as a link of another scheme; everything else has no number in it.
      expect(result.stderr).toMatch(/^(?:No phone number found in ".+"|Only tel:, callto: and sip: links)/s);
      expect(sim().requests).toEqual([]);
    },
  );
});

const DIALING_FORMS = [...NATIONAL_FORMS, ...BETWEEN_COUNTRIES];

describe("xima-dial dials as a person in the agent's country dials", () => {
  it.each(DIALING_FORMS.map((c) => [c.what, c] as const))(
    '%s: dial sends exactly that number and says it',
    async (_what, c) => {
      const result = await run(['dial', c.input, '--country', c.country]);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`Xima is calling ${c.display} (${c.dial})`);
      expect(postsTo(sim(), '/click-to-dial').map((r) => r.body)).toEqual([{ numberToDial: c.dial }]);
    },
  );

  // parse sends nothing, so these runs may overlap.
  it.concurrent.for(DIALING_FORMS.map((c) => [c.what, c] as const))(
    '%s: parse --json shows the same dial string',
    async ([, c], { expect }) => {
      const result = await run(['parse', '--json', '--country', c.country, c.input]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ numbers: [{ dial: c.dial, display: c.display }] });
    },
  );
});
