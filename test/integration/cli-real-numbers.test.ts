import { describe, expect, it } from 'vitest';
import { BETWEEN_COUNTRIES, NATIONAL_FORMS } from '../unit/phone/dialing-form-cases';
import { NOT_A_NUMBER } from '../unit/phone/not-a-number-cases';
import { cliEnv, postsTo, runXimaDial, runXimaDialHere, useSimulator } from '../support/simulator';
import type { CliRun } from '../support/simulator';

const sim = useSimulator();
// The tables run the CLI in this process (real HTTP to the simulator); a sample of each runs as the
// real binary, so the process's exit code and output are checked too.
const here = (args: string[]) => runXimaDialHere(args, cliEnv(sim()));
const asProcess = (args: string[]) => runXimaDial(args, cliEnv(sim()));
type Run = (args: string[]) => Promise<CliRun>;

const DIALING_FORMS = [...NATIONAL_FORMS, ...BETWEEN_COUNTRIES];
const sampleOf = <T>(rows: readonly T[]): T[] =>
  [rows[0], rows[Math.floor(rows.length / 2)], rows.at(-1)] as T[];

async function expectNoNumber(run: Run, c: (typeof NOT_A_NUMBER)[number]): Promise<void> {
  const result = await run(['dial', c.input, '--country', c.country ?? 'US']);
  expect(result.code, c.what).toBe(2);
  expect(result.stdout, c.what).toBe('');
  // A URL is refused as a link of another scheme; everything else has no number in it.
  expect(result.stderr, c.what).toMatch(
    /^(?:No phone number found in ".+"|Only tel:, callto: and sip: links)/s,
  );
}

async function expectDialed(run: Run, c: (typeof DIALING_FORMS)[number]): Promise<void> {
  sim().reset();
  const result = await run(['dial', c.input, '--country', c.country]);
  expect(result.code, c.what).toBe(0);
  expect(result.stderr, c.what).toContain(`Xima is calling ${c.display} (${c.dial})`);
  expect(
    postsTo(sim(), '/click-to-dial').map((r) => r.body),
    c.what,
  ).toEqual([{ numberToDial: c.dial }]);
}

describe('xima-dial dial: text that is not a phone number', () => {
  // Nothing may reach the simulator at any point, so the shared request log holds for every run.
  it.each(NOT_A_NUMBER.map((c) => [c.what, c] as const))(
    '%s: exit 2, a sentence, and the simulator receives nothing',
    async (_what, c) => {
      await expectNoNumber(here, c);
      expect(sim().requests).toEqual([]);
    },
  );

  it('the same from the real binary, for a sample of the table', async () => {
    for (const c of sampleOf(NOT_A_NUMBER)) await expectNoNumber(asProcess, c);
    expect(sim().requests).toEqual([]);
  });
});

describe("xima-dial dials as a person in the agent's country dials", () => {
  it.each(DIALING_FORMS.map((c) => [c.what, c] as const))(
    '%s: dial sends exactly that number and says it',
    async (_what, c) => {
      await expectDialed(here, c);
    },
  );

  it('the same from the real binary, for a sample of the table', async () => {
    for (const c of sampleOf(DIALING_FORMS)) await expectDialed(asProcess, c);
  });

  it.each(DIALING_FORMS.map((c) => [c.what, c] as const))(
    '%s: parse --json shows the same dial string',
    async (_what, c) => {
      const result = await here(['parse', '--json', '--country', c.country, c.input]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ numbers: [{ dial: c.dial, display: c.display }] });
    },
  );
});
