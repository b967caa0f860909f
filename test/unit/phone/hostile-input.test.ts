import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, understand, understandLink, understandText } from '../../../src/core/phone';
import type { Understanding } from '../../../src/core/phone';

const US = { defaultCountry: 'US', internationalFormat: 'idd' } as const;
const dials = (result: Understanding): string[] => (result.ok ? result.numbers.map((n) => n.dial) : []);
const refusal = (pattern: RegExp) => ({ ok: false, reason: expect.stringMatching(pattern) });

describe('hostile selections', () => {
  it.each([
    ['NUL inside the number', '385-555\u00001234'],
    ['bell', 'Call 385-555-1234\u0007'],
    ['ANSI escape', '\u001b[31m385-555-1234'],
    ['DEL', '385-555-1234\u007f'],
    ['C1 next line', '385-555-1234\u0085'],
  ])('refuses control characters: %s', (_what, input) => {
    expect(understand(input, US)).toEqual(refusal(/hidden control characters/));
  });

  it.each([
    ['right-to-left override that shows 1234 as 4321', '\u202e4321-555-385'],
    ['right-to-left mark between groups', '385\u200f-555\u200f-1234'],
    ['left-to-right mark', '\u200e+1 385 555 1234\u200e'],
    ['first-strong isolate', '\u2068385-555-1234\u2069'],
    ['Arabic letter mark', '385\u061c5551234'],
  ])('refuses direction marks: %s', (_what, input) => {
    expect(understand(input, US)).toEqual(refusal(/direction marks/));
  });

  it.each([
    ['Arabic-Indic digits', '٣٨٥٥٥٥١٢٣٤'],
    ['Extended Arabic-Indic digits', '۳۸۵۵۵۵۱۲۳۴'],
    ['Devanagari digits', '३८५५५५१२३४'],
    ['one Arabic-Indic five hidden among ASCII digits', '385-٥55-1234'],
  ])('refuses digits of other scripts instead of converting them: %s', (_what, input) => {
    expect(understand(input, US)).toEqual(refusal(/digits from another script/));
  });

  it.each([
    ['mathematical bold digits', '𝟑𝟖𝟓 𝟓𝟓𝟓 𝟏𝟐𝟑𝟒'],
    ['mathematical monospace digits', '𝟹𝟾𝟻-𝟻𝟻𝟻-𝟷𝟸𝟹𝟺'],
    ['full-width digits and punctuation', '（３８５）５５５－１２３４'],
    ['zero-width joiners and a BOM', '\ufeff385\u200d555\u20601234'],
    ['soft hyphens', '385\u00ad555\u00ad1234'],
  ])('normalises look-alikes that draw exactly 0-9 or nothing: %s', (_what, input) => {
    expect(dials(understand(input, US))).toEqual(['3855551234']);
  });

  it.each([
    ['lowercase L for 1', '385-555-l234'],
    ['capital I for 1', '385-555-I234'],
    ['capital O for 0', '801-555-O100'],
    ['Cyrillic Ze for 3', 'З85-555-1234'],
    ['superscript digit', '385-555-123⁴'],
  ])('never dials a letter that only looks like a digit: %s', (_what, input) => {
    expect(dials(understand(input, US))).toEqual([]);
  });

  it('refuses a selection over 64 KiB without scanning it', () => {
    const tail = ' 385-555-1234';
    const big = 'a'.repeat(MAX_INPUT_BYTES - tail.length + 1) + tail;
    expect(understand(big, US)).toEqual(refusal(/larger than 64 KiB/));
  });

  it('accepts exactly 64 KiB of UTF-8 and finds the number at its end', () => {
    const tail = ' 385-555-1234';
    const exact = 'a'.repeat(MAX_INPUT_BYTES - tail.length) + tail;
    expect(dials(understand(exact, US))).toEqual(['3855551234']);
  });

  it('measures the limit in UTF-8 bytes, not characters', () => {
    // 32,769 two-byte characters: fewer than 65,536 characters but more than 65,536 bytes.
    expect(understand('é'.repeat(32_769), US)).toEqual(refusal(/larger than 64 KiB/));
    expect(understand('é'.repeat(32_768), US)).toEqual({ ok: true, numbers: [] });
  });

  it('counts an emoji as four bytes and a lone surrogate as three', () => {
    expect(understand('😀'.repeat(16_384), US)).toEqual({ ok: true, numbers: [] });
    expect(understand('😀'.repeat(16_385), US)).toEqual(refusal(/larger than 64 KiB/));
    expect(understand('\ud800'.repeat(21_846), US)).toEqual(refusal(/larger than 64 KiB/));
  });

  it('refuses a digit dump instead of stalling on it', () => {
    const dump = Array.from({ length: 700 }, (_, i) => `801-555-${String(1000 + i)}`).join('\n');
    expect(understand(dump, US)).toEqual(refusal(/too many number-like pieces/));
  });

  it('refuses something that is not text at all (a bad IPC payload) without throwing', () => {
    expect(understand(undefined as unknown as string, US)).toEqual(refusal(/no text/));
  });

  it('reads a long thread quoting the same signature hundreds of times', () => {
    const thread = '> Jane Doe\n> Direct: (801) 555-0142 | Mobile: 801.555.0199\n'.repeat(600);
    expect(dials(understand(thread, US))).toEqual(['8015550142', '8015550199']);
  });

  it('refuses an unknown default country with a way forward', () => {
    expect(understand('385-555-1234', { defaultCountry: 'XX', internationalFormat: 'idd' })).toEqual(
      refusal(/pick a country in Settings/),
    );
  });
});

describe('hostile links', () => {
  it.each([
    ['percent-encoded CR LF', 'tel:+13855551234%0D%0A', /control characters/],
    ['percent-encoded NUL', 'tel:+1385%005551234', /control characters/],
    ['percent-encoded right-to-left override', 'tel:+1%E2%80%AE3855551234', /direction marks/],
    ['broken UTF-8 percent-encoding', 'tel:+1385%C3%28', /garbled/],
    ['query string', 'tel:+13855551234?call', /does not contain a phone number/],
    ['ampersand argument', 'tel:+13855551234&x=1', /does not contain a phone number/],
    ['quote breaking out of an argument', 'tel:+1385"5551234', /does not contain a phone number/],
    ['extra command-line argument', 'tel:+13855551234 --inspect=9229', /does not contain a phone number/],
    [
      'argument smuggled in a parameter',
      'tel:2051;phone-context=+1 --inspect',
      /does not contain a phone number/,
    ],
    ['star code', 'tel:*69', /service code/],
    ['letters in the extension', 'tel:+1-385-555-1234;ext=abc', /extension/],
    ['number too short to be real', 'tel:+1234', /not a valid phone number/],
    ['two plus signs', 'tel:+1+3855551234', /does not contain a phone number/],
    ['Skype user name', 'callto:someuser', /does not contain a phone number/],
    ['empty sip:', 'sip:', /no phone number/],
    ['sip address of a person', 'sips:bob@biloxi.example.com', /not a phone number/],
    ['http link', 'http://evil.example/tel:+13855551234', /"http:" link/],
    ['data: URL', 'data:text/html,<script>alert(1)</script>', /"data:" link/],
    ['file: URL', 'file:///etc/passwd', /"file:" link/],
    ['vbscript', 'vbscript:msgbox(1)', /"vbscript:" link/],
  ])('refuses %s', (_what, input, pattern) => {
    expect(understand(input, US)).toEqual(refusal(pattern));
  });

  it('understandLink refuses plain text: it only takes links', () => {
    expect(understandLink('385-555-1234', US)).toEqual(refusal(/not a tel:, callto: or sip: link/));
  });

  it('understandText reads a pasted link as text and still finds its number', () => {
    expect(dials(understandText('tel:+13855551234', US))).toEqual(['3855551234']);
  });

  it('reads a capitalised "Tel:" signature line as prose, not as one link', () => {
    expect(dials(understand('Tel:385-555-1234 / Fax:385-555-9999', US))).toEqual([
      '3855551234',
      '3855559999',
    ]);
  });

  it('reads a capitalised "Tel:" glued to a number with an extension as a signature line', () => {
    expect(understand('Tel:+1 385 555 1234 ext. 22', US)).toMatchObject({
      ok: true,
      numbers: [{ dial: '3855551234', extension: '22' }],
    });
  });

  it('reads a capitalised "TEL:" without spaces as a link', () => {
    expect(understand('TEL:+13855551234;ext=22', US)).toMatchObject({
      ok: true,
      numbers: [{ dial: '3855551234', extension: '22' }],
    });
    expect(understand('TEL:javascript:alert(1)', US).ok).toBe(false);
  });

  it('reads a lowercase tel: link strictly even when prose follows', () => {
    expect(understand('tel:+13855551234 Fax: 385-555-9999', US).ok).toBe(false);
  });
});
