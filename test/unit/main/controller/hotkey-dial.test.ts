import { afterEach, describe, expect, it } from 'vitest';
import { createNodeController, type NodeController } from '../../../support/node-ports';
import { postsTo, useSimulator } from '../../../support/simulator';

const sim = useSimulator({ https: false });
let app: NodeController | null = null;
const open = (options: Parameters<typeof createNodeController>[0] = {}) => {
  app = createNodeController({ simulator: sim(), ...options });
  return app;
};
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the hotkey pipeline', () => {
  it('dials one number at once with the selected caller ID and tells the agent', async () => {
    const { controller, ports } = open();
    await controller.start();
    const result = await controller.dialFromHotkey('3855551234');
    expect(result.ok).toBe(true);
    const posts = postsTo(sim(), 'click-to-dial');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ numberToDial: '3855551234', useSelectedOutboundCallerId: true });
    expect(ports.notifier.shown.at(-1)?.body).toMatch(/^Calling .*3855551234|^Calling \(385\) 555-1234 from Sales Desk/);
    expect(controller.getState().history[0]?.outcome).toBe('placed');
    expect(controller.getState().status).toBe('ready');
  });
});
