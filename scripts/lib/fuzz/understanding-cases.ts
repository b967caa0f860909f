import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createDialPipeline, guardFor, refusalFor, REPEAT_WINDOW_MS } from '../../../src/core/dial';
import { understand, understandLink, type PhoneOptions } from '../../../src/core/phone';
import { createXimaClient } from '../../../src/core/xima';
import { notHumanBecause } from '../human-message';
import { hostileText, linkText } from './arbitraries';
import { createCountingTransport } from './counting-transport';
import { asCase, type FuzzCase } from './fuzz-case';

const phoneOptions: fc.Arbitrary<PhoneOptions> = fc.record({
  defaultCountry: fc.constantFrom('US', 'GB', 'DE', 'IN', 'BR', 'JP'),
  internationalFormat: fc.constantFrom('idd' as const, 'e164' as const),
});

/**
 * Text (or a link) → understanding → the dial pipeline → the real Xima client → a counting transport.
 * Never throws; input that is refused, empty or ambiguous sends nothing and says why in a sentence;
 * one understood number sends exactly one POST carrying exactly that number.
 */
function toRequestCase(name: string, text: fc.Arbitrary<string>, ciRuns: number): FuzzCase {
  return {
    name,
    ciRuns,
    setup() {
      const transport = createCountingTransport();
      const api = createXimaClient({
        baseUrl: 'https://acme.xima.cloud',
        extension: '1001',
        token: 'tok-FUZZ-0000',
        transport,
      });
      let now = 0;
      const pipeline = createDialPipeline({ now: () => now });
      const plan = {
        callerIdMode: 'selected' as const,
        fixedCallerId: null,
        externalPrefix: '',
        defaultCountry: 'US',
      };
      const property = fc.asyncProperty(text, phoneOptions, async (input, options) => {
        now += REPEAT_WINDOW_MS + 1;
        const before = transport.requests.length;
        const outcome = await pipeline.dialText(input, options, { api, plan, selectedCallerId: null });
        const sent = transport.requests.slice(before);
        const understood = understand(input, options);
        const guard = { ...guardFor({ plan }), country: options.defaultCountry };
        // An emergency or premium number is refused like any other refused input: no request.
        const only = understood.ok && understood.numbers.length === 1 ? understood.numbers[0] : undefined;
        if (only !== undefined && refusalFor(only, guard) === null) {
          assert.equal(outcome.kind, 'placed');
          assert.equal(sent.length, 1);
          assert.equal(sent[0]?.method, 'POST');
          assert.match(only.dial, /^\+?\d+$/);
          // Never the wrong number: the POST carries exactly what was understood.
          assert.equal((sent[0]?.body as { numberToDial?: unknown } | null)?.numberToDial, only.dial);
        } else {
          assert.deepEqual(sent, [], 'refused input produced a request');
          assert.ok(['refused', 'none', 'several'].includes(outcome.kind), outcome.kind);
          assert.equal(notHumanBecause(outcome.message, 'tok-FUZZ-0000'), null, outcome.message);
        }
      });
      return { property: asCase(property), dispose: async () => undefined };
    },
  };
}

export const selectionCase = toRequestCase(
  'a highlighted selection never throws and a refused one never becomes a request',
  hostileText,
  1_000,
);

export const linkCase = toRequestCase(
  'a tel:/callto:/sip: link never throws and a refused one never becomes a request',
  linkText,
  1_000,
);

/** The link parser on its own: a sentence for every refusal, digits only for every number. */
export const linkParserCase: FuzzCase = {
  name: 'the link parser answers every link with digits or a sentence',
  ciRuns: 1_000,
  setup() {
    const property = fc.property(linkText, phoneOptions, (link, options) => {
      const result = understandLink(link, options);
      if (result.ok) {
        for (const number of result.numbers) assert.match(number.dial, /^\+?\d+$/);
        // A link that carries a line break, however encoded, is never dialed (whitespace around the
        // whole link is trimmed, as the OS may hand it over with a trailing newline).
        const inside = /%0[aAdD]|[\n\r]/.test(link.trim());
        assert.ok(!inside, `dialed a link with a line break: ${JSON.stringify(link)}`);
      } else {
        assert.equal(notHumanBecause(result.reason, ''), null, result.reason);
      }
    });
    return { property: asCase(property), dispose: async () => undefined };
  },
};
