import { describe, expect, it } from 'vitest';
import { LINK_BURST_MS } from '../../../../src/main/controller/link-gate';
import type { NavigateOptions } from '../../../../src/main/ports';
import { LINK_ARMING_MS, NOT_ARMED, NOT_SPACE } from '../../../../src/shared/link-consent';
import type { NodeController } from '../../../support/node-ports';
import { postsTo, useSimulator } from '../../../support/simulator';
import { useController } from './use-controller';

const sim = useSimulator({ https: false });
const open = useController(sim);
const dials = () => postsTo(sim(), 'click-to-dial');
/** The agent answers the open confirmation once it has armed. */
const confirm = async (app: NodeController, index = 0) => {
  app.ports.clock.advance(LINK_ARMING_MS);
  const chooserId = app.controller.getState().chooser?.id ?? '';
  return app.controller.handlers.chooseNumber({ chooserId, index, via: 'Enter' });
};
/** Links that come later than a burst. */
const later = (app: NodeController) => app.ports.clock.advance(LINK_BURST_MS);

describe('tel: links', () => {
  it('waits for the agent to confirm, then dials exactly once', async () => {
    const app = open();
    const { controller, navigations } = app;
    const result = await controller.openLink('tel:+1-385-555-1234');
    expect(result.ok).toBe(true);
    const chooser = controller.getState().chooser;
    expect(chooser).toMatchObject({ reason: 'link', source: 'link' });
    expect(chooser?.numbers[0]?.dial).toBe('3855551234');
    expect(navigations.at(-1)).toBe('chooser');
    expect(dials()).toHaveLength(0);
    await confirm(app);
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
    const late = await controller.handlers.chooseNumber({
      chooserId: chooser?.id ?? '',
      index: 0,
      via: 'Enter',
    });
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
    const app = open();
    const { controller } = app;
    const several = async () => {
      await controller.dialFromHotkey('Office 385-555-1234, mobile 801-555-9876');
      return controller.getState().chooser;
    };
    const keepLinkWhileChooserOpen = async (uri: string) => {
      await controller.handlers.removeToken(undefined);
      later(app);
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
    await controller.handlers.chooseNumber({ chooserId: second?.id ?? '', index: 1, via: 'Enter' });
    expect(dials().map((d) => (d.body as { numberToDial: string }).numberToDial)).toEqual(['8015559876']);
    expect(controller.getState().chooser?.numbers[0]?.dial).toBe('4355550111');
  });
});

describe('consent for links a web page can fire', () => {
  it('shows the confirmation without taking the keyboard, and a hotkey chooser with it', async () => {
    const { controller } = open();
    const shown: [string, NavigateOptions][] = [];
    controller.onNavigate((view, how) => void shown.push([view, how]));
    await controller.openLink('tel:+1-385-555-1234');
    await controller.handlers.cancelChooser({ chooserId: controller.getState().chooser?.id ?? '' });
    await controller.dialFromHotkey('Office 385-555-1234, mobile 801-555-9876');
    expect(shown).toEqual([
      ['chooser', { focus: false }],
      ['chooser', { focus: true }],
    ]);
  });

  it('ignores Enter that arrives before the confirmation has armed; the same Enter a second later calls', async () => {
    const app = open();
    const { controller, ports } = app;
    await controller.openLink('tel:+1-385-555-1234');
    const chooser = controller.getState().chooser!;
    expect(chooser.armedAt).toBe(ports.clock.now() + LINK_ARMING_MS);
    ports.clock.advance(LINK_ARMING_MS - 1);
    const early = await controller.handlers.chooseNumber({ chooserId: chooser.id, index: 0, via: 'Enter' });
    expect(early).toEqual({ ok: false, message: NOT_ARMED });
    expect(controller.getState().chooser?.id).toBe(chooser.id);
    expect(dials()).toHaveLength(0);
    ports.clock.advance(1);
    expect(
      (await controller.handlers.chooseNumber({ chooserId: chooser.id, index: 0, via: 'Enter' })).ok,
    ).toBe(true);
    expect(dials()).toHaveLength(1);
  });

  it('never takes Space as a yes to a link, armed or not; a click does', async () => {
    const app = open();
    const { controller, ports } = app;
    await controller.openLink('tel:+1-385-555-1234');
    const { id } = controller.getState().chooser!;
    ports.clock.advance(60_000);
    expect(await controller.handlers.chooseNumber({ chooserId: id, index: 0, via: 'Space' })).toEqual({
      ok: false,
      message: NOT_SPACE,
    });
    expect(dials()).toHaveLength(0);
    expect((await controller.handlers.chooseNumber({ chooserId: id, index: 0, via: 'pointer' })).ok).toBe(
      true,
    );
    expect(dials()).toHaveLength(1);
  });

  it('the agent’s own hotkey chooser is armed at once and takes Space', async () => {
    const { controller } = open();
    await controller.dialFromHotkey('Office 385-555-1234, mobile 801-555-9876');
    const chooser = controller.getState().chooser!;
    expect(chooser.armedAt).toBeNull();
    expect(
      (await controller.handlers.chooseNumber({ chooserId: chooser.id, index: 1, via: 'Space' })).ok,
    ).toBe(true);
    expect(dials()).toHaveLength(1);
  });

  it('a link never replaces the hotkey chooser: it waits, later ones are dropped with one notice', async () => {
    const app = open();
    const { controller } = app;
    await controller.dialFromHotkey('Office 385-555-1234, mobile 801-555-9876');
    const hotkeyChooser = controller.getState().chooser!;
    const notices: string[] = [];
    controller.subscribe((state) => {
      if (state.notice && state.notice.text !== notices.at(-1)) notices.push(state.notice.text);
    });
    later(app);
    expect((await controller.openLink('tel:+1-435-555-0100')).ok).toBe(false);
    for (const uri of ['tel:+1-435-555-0111', 'tel:+1-435-555-0122', 'tel:+1-435-555-0133']) {
      later(app);
      expect((await controller.openLink(uri)).ok).toBe(false);
    }
    expect(controller.getState().chooser).toEqual(hotkeyChooser);
    expect(notices).toEqual([
      expect.stringMatching(/^Another call link arrived — it waits until you answer this one/),
      expect.stringMatching(/^More call links arrived and were ignored/),
    ]);
    await controller.handlers.cancelChooser({ chooserId: hotkeyChooser.id });
    // The one that waited is offered, armed afresh; the dropped ones never come back.
    expect(controller.getState().chooser).toMatchObject({ reason: 'link', source: 'link' });
    expect(controller.getState().chooser?.numbers[0]?.dial).toBe('4355550100');
    await confirm(app);
    expect(controller.getState().chooser).toBeNull();
    expect(dials().map((d) => (d.body as { numberToDial: string }).numberToDial)).toEqual(['4355550100']);
  });

  it('a second link cannot swap the number of an open confirmation just before Enter', async () => {
    const app = open();
    const { controller } = app;
    await controller.openLink('tel:+1-385-555-1234');
    const first = controller.getState().chooser!;
    later(app);
    await controller.openLink('tel:+1-900-555-0199');
    expect(controller.getState().chooser).toEqual(first);
    await confirm(app);
    expect(dials().map((d) => (d.body as { numberToDial: string }).numberToDial)).toEqual(['3855551234']);
  });

  it('a burst of links gives one confirmation and one notice, and sends nothing', async () => {
    const app = open();
    const { controller, ports } = app;
    for (let i = 0; i < 10; i++) {
      await controller.openLink(`tel:+1-435-555-01${String(i).padStart(2, '0')}`);
      ports.clock.advance(100);
    }
    expect(controller.getState().chooser?.numbers.map((n) => n.dial)).toEqual(['4355550100']);
    const dropNotices = app.states.filter(
      (state, i) =>
        state.notice?.text.startsWith('More call links') && app.states[i - 1]?.notice !== state.notice,
    );
    expect(dropNotices).toHaveLength(1);
    await controller.handlers.cancelChooser({ chooserId: controller.getState().chooser?.id ?? '' });
    // Nothing of the burst waits behind the confirmation.
    expect(controller.getState().chooser).toBeNull();
    expect(dials()).toHaveLength(0);
  });

  it('with "dial links at once" a burst dials once', async () => {
    const app = open({ settings: { confirmLinks: false } });
    for (let i = 0; i < 5; i++) {
      await app.controller.openLink('tel:+1-385-555-1234');
      app.ports.clock.advance(200);
    }
    expect(dials()).toHaveLength(1);
    app.ports.clock.advance(LINK_BURST_MS);
    await app.controller.openLink('tel:+1-801-555-9876');
    expect(dials()).toHaveLength(2);
  });
});
