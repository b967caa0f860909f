import { describe, it } from 'vitest';
import { NOT_A_NUMBER } from '../unit/phone/not-a-number-cases';
import { cliEnv, runXimaDial, useSimulator } from '../support/simulator';

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
