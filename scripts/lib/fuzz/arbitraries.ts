import fc from 'fast-check';
import { settingsSchema } from '../../../src/shared/settings-schema';

/** Pieces hostile and real selections are made of; joined at random they reach the parser's corners. */
const HOSTILE_PIECES = [
  '385-555-1234',
  '(801) 555-0100',
  '+44 20 7946 0958',
  '+1 385 555 1234 ext. 22',
  '2051',
  '1-800-FLOWERS',
  'Call ',
  ' or ',
  'Order #123456 ',
  '2026-11-21 10:30 ',
  '$1,234.56 ',
  '192.168.0.1 ',
  'https://example.com/385-555-1234 ',
  'tel:',
  'callto:',
  'sip:',
  '%0A',
  '%0D%0A',
  '%2B',
  '?body=x',
  '&x=1',
  ';ext=',
  ';phone-context=',
  '@host',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\n',
  '\r\n',
  '\t',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u061c',
  '\u200b',
  '\ufeff',
  '\u00ad',
  '٣٨٥',
  '३८५',
  '𝟑𝟖𝟓',
  '３８５',
  'l234',
  'O100',
  'З85',
  '⁴',
  '\ud800',
  'javascript:',
  'data:',
  '*69',
  '#31#',
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 4 })), { maxLength: 16 })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 60 }),
);

const LINK_SCHEMES = [
  'tel:',
  'TEL:',
  'callto:',
  'callto://',
  'sip:',
  'sips:',
  'Tel:',
  'javascript:',
  'data:',
  'http://',
  'file:///',
  'tel://',
  'tel:javascript:',
  'tel:data:',
];
const LINK_PIECES = [
  '+1',
  '385',
  '555',
  '1234',
  '-',
  '.',
  ' ',
  '(',
  ')',
  ';ext=22',
  ';ext=abc',
  ';isub=1',
  ';phone-context=+1',
  ';phone-context=example.com',
  '?body=x',
  '?call',
  '&x=1',
  '%0A',
  '%0d',
  '%00',
  '%E2%80%AE',
  '%C3%28',
  '%2B',
  '%20',
  '@example.com',
  ':pass',
  '/',
  '*',
  '#',
  'FLOWERS',
  '"',
  ' --inspect=9229',
  '\n',
  '\u202e',
];

const randomLink = fc
  .tuple(
    fc.constantFrom(...LINK_SCHEMES),
    fc.array(fc.oneof(fc.constantFrom(...LINK_PIECES), fc.string({ maxLength: 3 })), { maxLength: 12 }),
  )
  .map(([scheme, parts]) => scheme + parts.join(''));

// Random pieces almost never make a dialable link (0.5 % of cases); these start from one, so the
// "exactly one POST carrying exactly that number" branch and the hostile suffixes are reached often.
const DIALABLE = ['+1-385-555-1234', '+13855551234', '385.555.1234', '+44 20 7946 0958', '(801) 555-0100'];
const nearlyValidLink = fc
  .tuple(
    fc.constantFrom('tel:', 'callto:', 'callto://', 'sip:', 'TEL:'),
    fc.constantFrom(...DIALABLE),
    fc.array(fc.constantFrom(...LINK_PIECES), { maxLength: 2 }),
    fc.constantFrom('', '', ' ', '\n', '@example.com'),
  )
  .map(([scheme, number, extra, end]) => scheme + number + extra.join('') + end);

/** `tel:`/`callto:`/`sip:` links and their look-alikes, well-formed or not. */
export const linkText: fc.Arbitrary<string> = fc.oneof(randomLink, nearlyValidLink);

const wrongValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

// Every real key, plus the ones a hostile file would try (prototype pollution, a smuggled token).
const SETTING_KEYS = [...Object.keys(settingsSchema.shape), '__proto__', 'constructor', 'token'];

/** What a hand-edited or corrupted settings file (or a hostile panel) could hold. */
export const settingsLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom(...SETTING_KEYS), wrongValue, { maxKeys: 8 }),
  fc.record(
    {
      host: fc.oneof(
        fc.constantFrom('acme.xima.cloud', 'https://acme.xima.cloud/', 'localhost', 'a b', ''),
        fc.string(),
      ),
      extension: fc.oneof(fc.constantFrom('1001', '10 01', '../1001', ''), fc.string({ maxLength: 40 })),
      defaultCountry: fc.oneof(fc.constantFrom('US', 'GB', 'XX', 'us', 'U'), fc.string({ maxLength: 3 })),
      internationalFormat: fc.constantFrom('idd', 'e164', 'IDD', ''),
      externalPrefix: fc.oneof(fc.constantFrom('', '9', '99999999', '9a'), fc.string({ maxLength: 10 })),
      hotkey: fc.oneof(
        fc.constantFrom('CommandOrControl+Alt+Shift+D', 'Ctrl+', 'D', ''),
        fc.string({ maxLength: 30 }),
      ),
      callerIdMode: fc.constantFrom('selected', 'fixed', 'other'),
      fixedCallerId: fc.oneof(
        fc.constant(null),
        fc.record({ label: fc.string(), outboundCallerId: fc.string() }),
      ),
      confirmLinks: fc.oneof(fc.boolean(), wrongValue),
      keepHistory: fc.boolean(),
      callbackSkills: fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
      defaultCallbackSkill: fc.oneof(fc.constant(null), fc.string({ maxLength: 12 })),
    },
    { requiredKeys: [] },
  ),
);
