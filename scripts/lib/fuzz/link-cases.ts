import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { understandLink } from '../../../src/core/phone';
import { createXimaClient } from '../../../src/core/xima';
import { createNodeController } from '../../../test/support/node-ports';
import { notHumanBecause } from '../human-message';
import { linkText } from './arbitraries';
import { createCountingTransport } from './counting-transport';
import { asCase, type FuzzCase } from './fuzz-case';

const TOKEN = 'tok-FUZZ-LINK-0001';

/** A configured app with the real controller, its Xima client on a counting transport. */
function linkApp(confirmLinks: boolean) {
  const transport = createCountingTransport();
  const node = createNodeController({
    settings: { host: 'acme.xima.cloud', extension: '1001', confirmLinks },
    token: TOKEN,
    demo: false,
    overrides: { createXima: (config) => createXimaClient({ ...config, transport }), baseUrlOverride: null },
  });
  return { node, transport };
}

/**
 * A link the OS hands over (a web page can fire one by itself) through the real controller: never
 * throws; a refused link or one without a number sends nothing and says why in a sentence; several
 * numbers, or any number while links need confirming, open the chooser and send nothing; only one
 * understood number with confirmation off sends exactly one POST carrying exactly that number.
 */
export const linkControllerCase: FuzzCase = {
  name: 'a link from the OS through the real controller never throws and never dials refused input',
  ciRuns: 500,
  setup() {
    const apps = { confirm: linkApp(true), direct: linkApp(false) };
    const property = fc.asyncProperty(linkText, fc.boolean(), async (link, confirm) => {
      const { node, transport } = confirm ? apps.confirm : apps.direct;
      node.ports.clock.advance(10_000);
      const before = transport.requests.length;
      const result = await node.controller.openLink(link);
      const sent = transport.requests.slice(before).filter((r) => r.method === 'POST');
      const understood = understandLink(link, node.controller.getState().settings);
      assert.ok(!JSON.stringify(result).includes(TOKEN), 'the token is in the answer');
      if (!understood.ok || understood.numbers.length !== 1 || confirm) {
        assert.deepEqual(
          sent,
          [],
          `a link that needed refusing or confirming was sent: ${JSON.stringify(link)}`,
        );
        if (understood.ok && understood.numbers.length > 0)
          assert.ok(node.controller.getState().chooser !== null, 'no chooser was offered');
        else {
          assert.equal(result.ok, false);
          assert.equal(notHumanBecause(result.message, TOKEN), null, String(result.message));
        }
      } else {
        assert.equal(sent.length, 1, 'one understood number was not sent exactly once');
        assert.equal(
          (sent[0]?.body as { numberToDial?: unknown } | null)?.numberToDial,
          understood.numbers[0]?.dial,
        );
      }
      const chooser = node.controller.getState().chooser;
      if (chooser !== null) await node.controller.handlers.cancelChooser({ chooserId: chooser.id });
    });
    return {
      property: asCase(property),
      dispose: async () => {
        await apps.confirm.node.close();
        await apps.direct.node.close();
      },
    };
  },
};
