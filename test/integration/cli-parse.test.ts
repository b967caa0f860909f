import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/core/phone';
import { runXimaDial } from '../support/simulator';
import { ALL_CASES } from '../unit/phone/phone-cases';
import type { PhoneCase } from '../unit/phone/phone-cases';

/** `xima-dial parse` in a child process: the bundled CLI, or from source as `npm run cli` runs it. */
const parse = (text: string, flags: string[] = [], fromSource = false) =>
  runXimaDial(['parse', ...flags, '--', text], {}, { fromSource });

// A sample of the unit table: every kind of shape, not every case (each run is a new process).
const SAMPLE = [
  'Outlook signature with direct and mobile lines',
  'Gmail signature with an extension',
  'PDF with a line break inside the number',
  'ISO date',
  'tel: local number with a domain phone-context',
  'web table copied without whitespace between label and number',
  'German signature read by a German agent: dialed as in Berlin, trunk 0 included',
  'International number with the e164 setting',
  'Japanese number written entirely in full-width characters',
  'CRM record listing the same number twice',
  '#22',
  'bare internal extension',
  'vanity 1-800-FLOWERS',
  'order number',
  'tel: percent-encoded with spaces',
  'sip: with user=phone',
  'tel: carrying javascript',
  'SIP address of a person',
];
const cases = SAMPLE.map((what) => {
  const found = ALL_CASES.find((c) => c.what === what);
  if (!found) throw new Error(`no case named "${what}" in the phone table`);
  return found;
});

function flagsFor(c: PhoneCase): string[] {
  return [...(c.country ? ['--country', c.country] : []), ...(c.format ? ['--format', c.format] : [])];
}

describe('xima-dial parse', () => {
  it.each(cases.map((c) => [c.what, c] as const))('%s', async (_what, c) => {
    const run = await parse(c.input, ['--json', ...flagsFor(c)]);
    if (c.refused) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(c.refused);
      return;
    }
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { numbers: unknown[] };
    expect(output.numbers).toHaveLength(c.numbers?.length ?? 0);
    (c.numbers ?? []).forEach((expected, i) => expect(output.numbers[i]).toMatchObject(expected));
  });

  it('prints exactly the documented fields', async () => {
    const run = await parse('Call (385) 555-1234 ext. 22', ['--json']);
    expect(JSON.parse(run.stdout)).toEqual({
      numbers: [
        {
          dial: '3855551234',
          e164: '+13855551234',
          display: '(385) 555-1234 ext. 22',
          extension: '22',
          country: 'US',
          kind: 'external',
        },
      ],
    });
  });

  it('prints {"numbers":[]} and exits 0 when there is no number', async () => {
    const run = await parse('Thanks, we will call you back tomorrow.', ['--json']);
    expect(run).toMatchObject({ code: 0, stdout: '{"numbers":[]}\n' });
  });

  it('refuses a selection over 64 KiB with a sentence and exit 2', async () => {
    const run = await parse(`${'a'.repeat(MAX_INPUT_BYTES)} 385-555-1234`, ['--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/larger than 64 KiB/);
  });

  it('--country and --format override the defaults', async () => {
    const run = await parse('+44 20 7946 0958', ['--json', '--country', 'DE', '--format', 'idd']);
    expect(JSON.parse(run.stdout)).toMatchObject({ numbers: [{ dial: '00442079460958', country: 'GB' }] });
  });

  it('prints what would be dialed for people without --json, also from source (npm run cli)', async () => {
    const run = await parse('Direct: (801) 555-0142', [], true);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('8015550142');
    expect(run.stdout).toContain('(801) 555-0142');
  });
});
