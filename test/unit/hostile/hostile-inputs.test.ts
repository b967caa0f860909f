import { afterEach, describe, expect, it } from 'vitest';
import { createCountingTransport } from '../../../scripts/lib/fuzz/counting-transport';
import { createXimaClient } from '../../../src/core/xima';
import { createNodeController, type NodeController } from '../../support/node-ports';

const CONTROL =
  'The text contains hidden control characters, so the number in it cannot be trusted; highlight the number again or type it into the panel.';
const DIRECTION =
  'The text contains invisible direction marks that can reorder digits on screen; type the number into the panel so you dial exactly what you see.';
const FOREIGN_DIGITS =
  'The text uses digits from another script that are easy to misread; type the number into the panel so you dial exactly what you see.';
const TOO_LARGE =
  'The selection is larger than 64 KiB, far too long to be a phone number; highlight just the number and try again.';
const NOT_A_NUMBER =
  'The link does not contain a phone number we can dial; copy the number from the page and dial it from the panel.';
const NO_NUMBER = 'No phone number in the selection';
const otherScheme = (scheme: string) =>
  `Only tel:, callto: and sip: links can be dialed, and this is a "${scheme}:" link; copy the phone number itself instead.`;

const huge = (bytes: number) => {
  const tail = ' Call (385) 555-1234';
  return 'Notes. '.repeat(Math.ceil(bytes / 7)).slice(0, bytes - tail.length) + tail;
};

/** What reaches the app from the hotkey (a selection) or from the OS (a clicked link), and what the agent reads. */
const TABLE: [what: string, entry: 'hotkey' | 'link', input: string, refusal: string][] = [
  ['a selection one byte over 64 KiB (number at the end)', 'hotkey', huge(65_537), TOO_LARGE],
  ['a 1 MiB selection', 'hotkey', huge(1_048_576), TOO_LARGE],
  ['a NUL byte inside the number', 'hotkey', 'Call 385-555\u00001234', CONTROL],
  ['a bell character', 'hotkey', 'Call 385-555-1234\u0007', CONTROL],
  ['an ANSI colour escape', 'hotkey', '\u001b[31m385-555-1234', CONTROL],
  ['a right-to-left override that shows 1234 as 4321', 'hotkey', '\u202e4321-555-385', DIRECTION],
  ['right-to-left marks between the groups', 'hotkey', '385\u200f-555\u200f-1234', DIRECTION],
  ['a first-strong isolate around the number', 'hotkey', '\u2068385-555-1234\u2069', DIRECTION],
  ['Arabic-Indic digits', 'hotkey', '٣٨٥-٥٥٥-١٢٣٤', FOREIGN_DIGITS],
  ['one Devanagari digit among ASCII ones', 'hotkey', '385-555-१234', FOREIGN_DIGITS],
  ['a lowercase L for a 1', 'hotkey', '385-555-l234', NO_NUMBER],
  ['a Cyrillic Ze for a 3', 'hotkey', 'З85-555-1234', NO_NUMBER],
  ['a capital O for a 0', 'hotkey', '801-555-O100', NO_NUMBER],
  ['a tel: link with a query argument', 'link', 'tel:+13855551234?body=x', NOT_A_NUMBER],
  ['a tel: link with a query riding on a parameter', 'link', 'tel:+13855551234;foo=1?body=x', NOT_A_NUMBER],
  ['a tel: link with markup in a parameter', 'link', 'tel:+13855551234;foo=<script>', NOT_A_NUMBER],
  ['a tel: link with an ampersand argument', 'link', 'tel:+13855551234&call=1', NOT_A_NUMBER],
  ['a tel: link with a command-line argument', 'link', 'tel:+13855551234 --inspect=9229', NOT_A_NUMBER],
  ['a callto: link with a command-line argument', 'link', 'callto:+13855551234 --no-sandbox', NOT_A_NUMBER],
  ['tel:javascript:', 'link', 'tel:javascript:alert(document.cookie)', NOT_A_NUMBER],
  ['tel:data:', 'link', 'tel:data:text/html,<script>alert(1)</script>', NOT_A_NUMBER],
  ['a javascript: link', 'link', 'javascript:alert(1)', otherScheme('javascript')],
  ['a data: link', 'link', 'data:text/html,<script>alert(1)</script>', otherScheme('data')],
  ['a percent-encoded newline before the number', 'link', 'tel:%0A+13855551234', CONTROL],
  ['a percent-encoded newline inside the number', 'link', 'tel:+1385555%0A1234', CONTROL],
  ['a percent-encoded CR LF header injection', 'link', 'tel:+13855551234%0D%0ASet-Cookie:x=1', CONTROL],
  ['a percent-encoded right-to-left override', 'link', 'tel:+1385%E2%80%AE5551234', DIRECTION],
  ['a right-to-left override in the extension', 'link', 'tel:+1-385-555-1234;ext=1\u202e2', DIRECTION],
  ['a percent-encoded NUL after the number', 'link', 'tel:+13855551234%00', CONTROL],
  ['a tab and a command-line flag after the number', 'link', 'tel:+13855551234\t--flag', CONTROL],
  ['a tel: link over 64 KiB', 'link', `tel:+1${'3'.repeat(70_000)}`, TOO_LARGE],
  ['an http: link ending in a tel: path', 'link', 'http://example.com/tel:+13855551234', otherScheme('http')],
];

/**
 * Look-alikes that are the same digits the agent sees (full-width and mathematical digits, invisible
 * zero-width characters and soft hyphens between the groups): they dial exactly the number on screen,
 * never a different one.
 */
const SAME_AS_SEEN: [what: string, entry: 'hotkey' | 'link', input: string][] = [
  ['full-width digits', 'hotkey', '３８５-５５５-１２３４'],
  ['mathematical bold digits', 'hotkey', '𝟑𝟖𝟓-𝟓𝟓𝟓-𝟏𝟐𝟑𝟒'],
  ['a zero-width space between the groups', 'hotkey', '385\u200b-555-1234'],
  ['a byte-order mark before the number', 'hotkey', '\ufeff385-555-1234'],
  ['a soft hyphen between the groups', 'hotkey', '385\u00ad555-1234'],
  ['a percent-encoded plus and spaces', 'link', 'tel:%2B1%20385%20555%201234'],
  ['a percent-encoded digit', 'link', 'tel:+1385555%31234'],
];

let app: NodeController | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

function configuredApp() {
  const transport = createCountingTransport();
  app = createNodeController({
    settings: { host: 'acme.xima.cloud', extension: '1001', confirmLinks: false },
    token: 'tok-hostile-0001',
    demo: false,
    overrides: { createXima: (config) => createXimaClient({ ...config, transport }), baseUrlOverride: null },
  });
  return { ...app, transport };
}

describe('hostile input reaching the app', () => {
  it.each(TABLE)('refuses %s with a sentence and sends nothing', async (_what, entry, input, refusal) => {
    const { controller, ports, transport } = configuredApp();
    const result =
      entry === 'hotkey' ? await controller.dialFromHotkey(input) : await controller.openLink(input);
    expect(result).toEqual({ ok: false, message: refusal });
    expect(transport.requests).toEqual([]);
    // The agent reads the same sentence in a notification; nothing was recorded as dialed.
    expect(ports.notifier.shown.map((n) => n.body)).toEqual([refusal]);
    expect(controller.getState().history).toEqual([]);
    expect(controller.getState().dialing).toBeNull();
  });

  it.each(SAME_AS_SEEN)('dials %s as exactly the number on screen', async (_what, entry, input) => {
    const { controller, transport } = configuredApp();
    const result =
      entry === 'hotkey' ? await controller.dialFromHotkey(input) : await controller.openLink(input);
    expect(result).toEqual({ ok: true, message: 'Calling (385) 555-1234' });
    expect(transport.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { numberToDial: '3855551234', useSelectedOutboundCallerId: true },
    ]);
  });

  it('still dials the same number once the hostile parts are gone (the refusals are about the input)', async () => {
    const { controller, transport } = configuredApp();
    expect((await controller.openLink('tel:+13855551234')).ok).toBe(true);
    expect(transport.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
