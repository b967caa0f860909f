import { describe, expect, it } from 'vitest';
import { trayTooltip } from '../../../../src/main/tray/tray-tooltip';
import { postsTo, useSimulator } from '../../../support/simulator';
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

  it('raise one notification for a burst of ignored presses, while the panel and tray tooltip count them', async () => {
    const { controller, ports } = open();
    await controller.start();
    await controller.dialFromHotkey('(385) 555-1234');
    for (let press = 0; press < 10; press += 1) {
      ports.clock.advance(400);
      await controller.dialFromHotkey('(385) 555-1234');
    }
    expect(ports.notifier.shown.map((n) => n.title)).toEqual(['Calling', 'Not dialed']);
    const state = controller.getState();
    expect(state.notice?.text).toBe(
      'Already calling (385) 555-1234 — ignored the repeated press (10 presses ignored)',
    );
    expect(trayTooltip(state).split('\n').at(-1)).toBe(state.notice?.text);
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(1);

    // Once the repeat window has passed the number dials again, and a repeat after that is a new burst:
    // the agent hears about it again, once.
    ports.clock.advance(5_000);
    await controller.dialFromHotkey('(385) 555-1234');
    ports.clock.advance(100);
    await controller.dialFromHotkey('(385) 555-1234');
    ports.clock.advance(100);
    await controller.dialFromHotkey('(385) 555-1234');
    expect(ports.notifier.shown.map((n) => n.title)).toEqual([
      'Calling',
      'Not dialed',
      'Calling',
      'Not dialed',
    ]);
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(2);
    expect(controller.getState().ignoredPresses?.count).toBe(2);
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
