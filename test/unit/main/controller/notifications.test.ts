import { describe, expect, it } from 'vitest';
import { useSimulator } from '../../../support/simulator';
import { useController } from './use-controller';

const sim = useSimulator({ https: false });
const open = useController(sim);

describe('notifications, in words an agent understands', () => {
  it('say what happened for each outcome of a press, one per press', async () => {
    const { controller, ports } = open();
    await controller.start();
    const bodies = () => ports.notifier.shown.map((n) => `${n.title}: ${n.body}`);

    await controller.dialFromHotkey('Call me at (385) 555-1234 ext. 22');
    await controller.dialFromHotkey('(385) 555-1234');
    await controller.dialFromHotkey('Order 123456789 shipped on 2026-11-21');
    ports.clock.advance(10_000);
    sim().script('click-to-dial', { kind: 'status', status: 401, times: 1 });
    await controller.dialFromHotkey('801-555-0199');

    expect(bodies()).toEqual([
      'Calling: Calling (385) 555-1234 ext. 22 from Sales Desk — key in the extension when they answer',
      'Not dialed: Already calling (385) 555-1234 — ignored the repeated press',
      'Not dialed: No phone number in the selection',
      'Call not placed: Could not call (801) 555-0199: The Xima token was rejected — it may have been refreshed by an admin; paste the new one in Settings',
    ]);
  });

  it('tell the agent when Xima rejects the token at start, and open settings when clicked', async () => {
    const { controller, ports, navigations } = open({ token: 'an-old-token' });
    await controller.start();
    expect(ports.notifier.shown.map((n) => n.title)).toEqual(['Xima rejected the token']);
    ports.notifier.shown[0]?.click();
    expect(navigations).toEqual(['settings']);
    expect(controller.getState().status).toBe('token-rejected');
  });

  it('open the panel at home when a call notification is clicked', async () => {
    const { controller, ports, navigations } = open();
    await controller.dialFromTray('3855551234');
    ports.notifier.shown.at(-1)?.click();
    expect(navigations.at(-1)).toBe('home');
  });
});
