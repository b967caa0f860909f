import { describe, expect, it } from 'vitest';
import { costlyExamples, emergencyNumbersByRegion } from '../support/number-hazards';
import { cliEnv, runXimaDial, runXimaDialHere, useSimulator, type CliRun } from '../support/simulator';

const sim = useSimulator();
// The tables run the CLI in this process (real HTTP to the simulator, half a second less per row than a
// process); the named cases below also run as the real binary.
const run = (args: string[]) => runXimaDialHere(args, cliEnv(sim()));
const asProcess = (args: string[]) => runXimaDial(args, cliEnv(sim()));

async function runAll(table: string[][]): Promise<CliRun[]> {
  return Promise.all(table.map(run));
}

const NO_LOCATION = 'call it from your phone directly; the dialer does not pass your location.';

/** Every 7th region the short-number metadata lists, plus the ones the issue names: 30+ countries. */
const emergencyTable = (() => {
  const named = new Set(['US', 'DE', 'GB', 'AU', 'FR']);
  return emergencyNumbersByRegion()
    .filter(({ region }, index) => named.has(region) || index % 7 === 0)
    .map(({ region, numbers }) => ({ region, number: numbers[numbers.length - 1] ?? '' }));
})();

describe('xima-dial refuses emergency numbers with exit 2 and sends nothing', () => {
  it('has a table of at least 30 countries', () => {
    expect(emergencyTable.length).toBeGreaterThanOrEqual(30);
  });

  // The prefix forms of every region are walked in test/unit/dial/safety-rules.test.ts; here, real processes.
  it('for each country’s emergency number from the metadata', async () => {
    const rows = emergencyTable.map(({ region, number }) => ['dial', number, '--country', region]);
    const results = await runAll(rows);
    const wrong = results
      .map((result, i) => ({ result, args: rows[i] ?? [] }))
      .filter(
        ({ result }) => result.code !== 2 || !result.stderr.includes(NO_LOCATION) || result.stdout !== '',
      )
      .map(({ args, result }) => `${args.join(' ')}: ${result.code} ${result.stderr.trim()}`);
    expect(wrong).toEqual([]);
    expect(sim().requests).toHaveLength(0);
  });

  const NAMED: [string[], string][] = [
    [['dial', '911'], '911 is an emergency number — '],
    [['dial', 'tel:911'], '911 is an emergency number — '],
    [['dial', '112'], '112 is an emergency number — '],
    [['dial', '911', '--prefix', '9'], '911 is an emergency number — '],
    [['dial', '9911'], '9911 reaches the emergency number 911 — '],
    [['dial', '112', '--country', 'DE'], '112 is an emergency number — '],
    [['dial', '110', '--country', 'DE'], '110 is an emergency number — '],
    [['dial', '0112', '--country', 'DE'], '0112 reaches the emergency number 112 — '],
    [['dial', '999', '--country', 'GB'], '999 is an emergency number — '],
    [['dial', '000', '--country', 'AU'], '000 is an emergency number — '],
    [['dial', '15', '--country', 'FR'], '15 is an emergency number — '],
    [['callback', '--skill', 'Online Requests', '911'], '911 is an emergency number — '],
  ];
  const refusedWith = async (runner: typeof run, [args, sentence]: [string[], string]) => {
    const result = await runner(args);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.trim()).toBe(`${sentence}${NO_LOCATION}`);
  };

  it.each(NAMED)('%j: exit 2, the sentence, nothing sent', async (...named) => {
    await refusedWith(run, named);
    expect(sim().requests).toHaveLength(0);
  });

  it('the same from the real binary, for a dial, a dial through the prefix and a callback', async () => {
    const sample = NAMED.filter((_, i) => i === 0 || i === 4 || i === NAMED.length - 1);
    await Promise.all(sample.map((named) => refusedWith(asProcess, named)));
    expect(sim().requests).toHaveLength(0);
  });
});

/** One premium-rate example per country, from the metadata, for a dozen countries. */
const premiumTable = (() => {
  const seen = new Set<string>();
  return costlyExamples()
    .filter(({ region, type }) => type === 'premium-rate' && !seen.has(region) && seen.add(region))
    .filter((_, index) => index % 4 === 0)
    .slice(0, 12);
})();

describe('xima-dial refuses premium-rate numbers with exit 2 and sends nothing', () => {
  it('has a table of at least 10 countries', () => {
    expect(new Set(premiumTable.map((row) => row.region)).size).toBeGreaterThanOrEqual(10);
  });

  it('for each country’s premium-rate example, dialed at home, and scheduled as a callback', async () => {
    const dials = await runAll(premiumTable.map(({ region, e164 }) => ['dial', e164, '--country', region]));
    const callbacks = await runAll(
      premiumTable
        .slice(0, 3)
        .map(({ region, e164 }) => ['callback', '--skill', 'Sales', e164, '--country', region]),
    );
    const wrong = [...dials, ...callbacks]
      .map((result, i) => ({ result, row: premiumTable[i % premiumTable.length] }))
      .filter(
        ({ result }) =>
          result.code !== 2 || !result.stderr.includes('is a premium-rate number (the caller pays'),
      )
      .map(({ row, result }) => `${row?.region} ${row?.e164}: ${result.code} ${result.stderr.trim()}`);
    expect(wrong).toEqual([]);
    expect(sim().requests).toHaveLength(0);
  });

  it('says so for +1 900 555 0199 and still dials an ordinary number', async () => {
    const refused = await asProcess(['dial', '+1 900 555 0199']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      '(900) 555-0199 is a premium-rate number (the caller pays a high charge), so it was not dialed — call it from your phone if it is really needed, or ask your administrator to allow such numbers.',
    );
    expect(sim().requests).toHaveLength(0);
    expect((await asProcess(['dial', '(385) 555-1234'])).code).toBe(0);
  });
});
