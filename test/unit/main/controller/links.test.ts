import { describe, expect, it } from 'vitest';
import { postsTo, useSimulator } from '../../../support/simulator';
import { useController } from './use-controller';

const sim = useSimulator({ https: false });
const open = useController(sim);
const dials = () => postsTo(sim(), 'click-to-dial');

describe('tel: links', () => {
  it('waits for the agent to confirm, then dials exactly once', async () => {
    const { controller, navigations } = open();
    const result = await controller.openLink('tel:+1-385-555-1234');
    expect(result.ok).toBe(true);
    const chooser = controller.getState().chooser;
    expect(chooser).toMatchObject({ reason: 'link', source: 'link' });
    expect(chooser?.numbers[0]?.dial).toBe('3855551234');
    expect(navigations.at(-1)).toBe('chooser');
    expect(dials()).toHaveLength(0);
    await controller.handlers.chooseNumber({ chooserId: chooser?.id ?? '', index: 0 });
    expect(dials()).toHaveLength(1);
    expect(controller.getState().history[0]?.source).toBe('link');
  });

  it('dials nothing when the agent cancels', async () => {
    const { controller } = open();
    await controller.openLink('tel:+1-385-555-1234');
    const chooser = controller.getState().chooser;
    const cancelled = await controller.handlers.cancelChooser({ chooserId: chooser?.id ?? '' });
    expect(cancelled).toEqual({ ok: true, message: 'Cancelled — nothing was dialed.' });
    expect(controller.getState().chooser).toBeNull();
    const late = await controller.handlers.chooseNumber({ chooserId: chooser?.id ?? '', index: 0 });
    expect(late.ok).toBe(false);
    expect(dials()).toHaveLength(0);
  });

  it('dials at once when the agent turned confirmation off', async () => {
    const { controller } = open({ settings: { confirmLinks: false } });
    await controller.openLink('callto://+13855551234');
    expect(controller.getState().chooser).toBeNull();
    expect(dials()).toHaveLength(1);
  });

  it('refuses a hostile link with a sentence and no request', async () => {
    const { controller, ports } = open({ settings: { confirmLinks: false } });
    const result = await controller.openLink('tel:javascript:alert(1)');
    expect(result.ok).toBe(false);
    expect(ports.notifier.shown.at(-1)?.body).toBe(result.message);
    expect(controller.getState().chooser).toBeNull();
    expect(dials()).toHaveLength(0);
  });

  it('keeps a link that arrives before setup and offers it once the token is saved', async () => {
    const { controller, navigations, ports } = open({ token: null });
    const result = await controller.openLink('tel:+1-385-555-1234');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/will be offered once setup is done/);
    expect(navigations.at(-1)).toBe('settings');
    expect(controller.getState().chooser).toBeNull();
    const saved = await controller.handlers.setToken({ token: sim().token });
    expect(saved.ok).toBe(true);
    expect(controller.getState().chooser).toMatchObject({ reason: 'link' });
    expect(navigations.at(-1)).toBe('chooser');
    expect(dials()).toHaveLength(0);
    expect(ports.tokenVault.token).toBe(sim().token);
  });

  it('offers a kept link once a chooser that was open at setup time closes, picked or cancelled', async () => {
    const { controller } = open();
    const several = async () => {
      await controller.dialFromHotkey('Office 385-555-1234, mobile 801-555-9876');
      return controller.getState().chooser;
    };
    const keepLinkWhileChooserOpen = async (uri: string) => {
      await controller.handlers.removeToken(undefined);
      await controller.openLink(uri);
      expect((await controller.handlers.setToken({ token: sim().token })).ok).toBe(true);
      // The chooser the agent is looking at is not swapped away under them.
      expect(controller.getState().chooser?.reason).toBe('several');
    };

    const first = await several();
    await keepLinkWhileChooserOpen('tel:+1-435-555-0100');
    await controller.handlers.cancelChooser({ chooserId: first?.id ?? '' });
    expect(controller.getState().chooser).toMatchObject({ reason: 'link', source: 'link' });
    expect(controller.getState().chooser?.numbers[0]?.dial).toBe('4355550100');
    await controller.handlers.cancelChooser({ chooserId: controller.getState().chooser?.id ?? '' });

    const second = await several();
    await keepLinkWhileChooserOpen('tel:+1-435-555-0111');
    await controller.handlers.chooseNumber({ chooserId: second?.id ?? '', index: 1 });
    expect(dials().map((d) => (d.body as { numberToDial: string }).numberToDial)).toEqual(['8015559876']);
    expect(controller.getState().chooser?.numbers[0]?.dial).toBe('4355550111');
  });
});
