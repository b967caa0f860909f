import { describe, expect, it } from 'vitest';
import { postsTo, useSimulator } from '../../../support/simulator';
import { useController } from './use-controller';

const sim = useSimulator({ https: false });
const open = useController(sim);

const dials = () => postsTo(sim(), 'click-to-dial');

describe('the hotkey pipeline', () => {
  it('dials one number at once with the selected caller ID and says so in words', async () => {
    const { controller, ports } = open();
    await controller.start();
    const result = await controller.dialFromHotkey('3855551234');
    expect(result.ok).toBe(true);
    expect(dials()).toHaveLength(1);
    expect(dials()[0]?.body).toEqual({ numberToDial: '3855551234', useSelectedOutboundCallerId: true });
    const body = ports.notifier.shown.at(-1)?.body ?? '';
    expect(body).toMatch(/^Calling .+ from Sales Desk$/);
    expect(controller.getState().history[0]).toMatchObject({ outcome: 'placed', source: 'hotkey' });
    expect(controller.getState().dialing).toBeNull();
    expect(ports.historyStore.saves).toBe(1);
  });

  it('sends nothing and says "No phone number in the selection" when there is none', async () => {
    const { controller, ports } = open();
    const result = await controller.dialFromHotkey('nothing to call here');
    expect(result).toEqual({ ok: false, message: 'No phone number in the selection' });
    expect(dials()).toHaveLength(0);
    expect(ports.notifier.shown.at(-1)?.body).toBe('No phone number in the selection');
    expect(controller.getState().history).toEqual([]);
  });

  it('says "what you typed" instead of "the selection" when the dial box holds no number', async () => {
    const { controller } = open();
    const result = await controller.handlers.dial({ text: 'call her back', callerId: null });
    expect(result).toEqual({ ok: false, message: 'No phone number in what you typed' });
    expect(dials()).toHaveLength(0);
  });

  it('refuses input it will not scan, with a sentence and no request', async () => {
    const { controller, ports } = open();
    const result = await controller.dialFromHotkey(`${'x'.repeat(70_000)} 3855551234`);
    expect(result.ok).toBe(false);
    expect(dials()).toHaveLength(0);
    expect(ports.notifier.shown.at(-1)?.body).toBe(result.message);
    expect(result.message).not.toBe('No phone number in the selection');
  });

  it('opens the chooser in the panel for several numbers and dials only the one picked', async () => {
    const { controller, navigations } = open();
    await controller.start();
    const result = await controller.dialFromHotkey('Call 385-555-1234 or 801-555-0199');
    expect(result.ok).toBe(true);
    const chooser = controller.getState().chooser;
    expect(chooser).toMatchObject({ reason: 'several', source: 'hotkey' });
    expect(chooser?.numbers.map((n) => n.dial)).toEqual(['3855551234', '8015550199']);
    expect(navigations).toContain('chooser');
    expect(dials()).toHaveLength(0);
    const picked = await controller.handlers.chooseNumber({
      chooserId: chooser?.id ?? '',
      index: 1,
      via: 'Enter',
    });
    expect(picked.ok).toBe(true);
    expect(dials().map((r) => (r.body as { numberToDial: string }).numberToDial)).toEqual(['8015550199']);
    expect(controller.getState().chooser).toBeNull();
    expect(controller.getState().history[0]?.source).toBe('hotkey');
  });

  it('sends the fixed caller ID and the external prefix when the settings ask for them', async () => {
    const { controller } = open({
      settings: {
        callerIdMode: 'fixed',
        fixedCallerId: { label: 'Support Line', outboundCallerId: '8015550111' },
        externalPrefix: '9',
      },
    });
    await controller.dialFromTray('3855551234');
    expect(dials()[0]?.body).toEqual({
      numberToDial: '3855551234',
      outboundCallerId: '8015550111',
      externalPrefix: '9',
    });
    expect(controller.getState().history[0]?.source).toBe('tray');
  });

  it('asks for setup instead of dialing when no token is stored', async () => {
    const { controller, ports, navigations } = open({ token: null });
    const result = await controller.dialFromHotkey('3855551234');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/Add a Xima token in Settings/);
    expect(dials()).toHaveLength(0);
    expect(controller.getState().status).toBe('not-configured');
    ports.notifier.shown.at(-1)?.click();
    expect(navigations.at(-1)).toBe('settings');
  });

  it('reports a rejected token as a state with the way forward, and clicking the notification opens settings', async () => {
    const { controller, ports, navigations } = open({ token: 'refreshed-by-admin' });
    const result = await controller.dialFromHotkey('3855551234');
    expect(result.ok).toBe(false);
    expect(controller.getState().status).toBe('token-rejected');
    expect(controller.getState().statusMessage).toMatch(/token was rejected/i);
    const notification = ports.notifier.shown.find((n) => n.title === 'Call not placed');
    expect(notification?.body).toMatch(/^Could not call .+: The Xima token was rejected/);
    notification?.click();
    expect(navigations.at(-1)).toBe('settings');
    expect(controller.getState().history[0]?.outcome).toBe('failed');
  });

  it('shows offline, and does not retry the POST, when the connection drops mid-dial', async () => {
    const { controller } = open();
    sim().script('click-to-dial', { kind: 'drop', effect: true, times: 1 });
    const result = await controller.dialFromHotkey('3855551234');
    expect(result.ok).toBe(false);
    expect(dials()).toHaveLength(1);
    expect(controller.getState().status).toBe('offline');
  });
});

describe('repeat presses and hammering', () => {
  it('ignores the same number pressed again within a few seconds, and says so', async () => {
    const { controller, ports } = open();
    await controller.dialFromHotkey('3855551234');
    ports.clock.advance(3_000);
    const again = await controller.dialFromHotkey('(385) 555-1234');
    expect(again.ok).toBe(false);
    expect(again.message).toMatch(/^Already calling .+ — ignored the repeated press$/);
    expect(ports.notifier.shown.at(-1)?.body).toBe(again.message);
    expect(dials()).toHaveLength(1);
    ports.clock.advance(5_000);
    expect((await controller.dialFromHotkey('3855551234')).ok).toBe(true);
    expect(dials()).toHaveLength(2);
  });

  it('turns 20 presses for the same selection within a second into one POST', async () => {
    const { controller } = open();
    sim().script('click-to-dial', { kind: 'delay', ms: 100 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => controller.dialFromHotkey('3855551234')),
    );
    expect(dials()).toHaveLength(1);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(controller.getState().history).toHaveLength(1);
  });

  it('refuses (does not queue) a different number while a dial is in flight', async () => {
    const { controller } = open();
    sim().script('click-to-dial', { kind: 'delay', ms: 100 });
    const numbers = Array.from({ length: 20 }, (_, i) => `38555512${String(i).padStart(2, '0')}`);
    const results = await Promise.all(numbers.map((n) => controller.dialFromHotkey(n)));
    expect(dials().map((r) => (r.body as { numberToDial: string }).numberToDial)).toEqual([numbers[0]]);
    expect(results[0]?.ok).toBe(true);
    for (const refused of results.slice(1)) {
      expect(refused.ok).toBe(false);
      expect(refused.message).toMatch(/^Still placing the call to .+ was not dialed/);
    }
  });

  it('lets the agent press again at once after Xima said no (nothing could have been dialed)', async () => {
    const { controller } = open();
    sim().script('click-to-dial', { kind: 'status', status: 400, times: 1 });
    expect((await controller.dialFromHotkey('3855551234')).ok).toBe(false);
    expect((await controller.dialFromHotkey('3855551234')).ok).toBe(true);
    expect(dials()).toHaveLength(2);
  });
});
