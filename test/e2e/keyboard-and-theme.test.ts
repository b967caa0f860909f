import { describe, expect, it } from 'vitest';
import { PANEL_VIEWPORT, usePanelHarness } from '../support/e2e-harness';
import { focusStop, tabUntil } from '../support/e2e-focus';
import { postsTo, useSimulator } from '../support/simulator';

const sim = useSimulator({ https: false });
// The dark theme comes from the OS, as it would on an agent's desktop.
const panel = usePanelHarness({ colorScheme: 'dark' });

const skills = { callbackSkills: ['Online Requests'], defaultCallbackSkill: 'Online Requests' };

describe('keyboard only', () => {
  it('walks the panel with Tab, arrows and Enter: every stop labelled and visibly focused', async () => {
    await panel().load({ simulator: sim(), settings: skills });
    const { page } = panel();
    await page.getByRole('radio', { name: /Sales Desk/ }).waitFor();

    // Caller ID: Tab into the group, ArrowDown chooses the next one — in Xima.
    const toRadio = await tabUntil(page, (stop) => stop.name.includes('Sales Desk'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => sim().state.getSelectedCallerId(sim().extension)?.label).toBe('Support Line');
    expect((await focusStop(page))?.name).toContain('Support Line');

    // Dial box: type and Enter.
    const toDial = await tabUntil(page, (stop) => stop.id === 'dial-text');
    await page.keyboard.type('385 555 1234');
    await page.getByText('Will dial (385) 555-1234').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => postsTo(sim(), 'click-to-dial').length).toBe(1);

    // Callback form, then recent dials' Redial.
    const toCallback = await tabUntil(page, (stop) => stop.id === 'callback-number');
    const toRedial = await tabUntil(page, (stop) => stop.name.startsWith('Redial'));

    for (const stop of [...toRadio, ...toDial, ...toCallback, ...toRedial]) {
      expect(stop.name, `${stop.tag}#${stop.id} has no name`).not.toBe('');
      expect(stop.visible, `${stop.name} shows no focus ring`).toBe(true);
    }
    await panel().screenshot('keyboard-home-dark');
    // Esc puts the panel away, as the tray popup it is.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().node.ports.panel.hides).toBe(1);
  });

  it('reaches Settings by keyboard; every settings control is labelled and visibly focused', async () => {
    await panel().load({ simulator: sim(), settings: skills });
    const { page } = panel();
    await tabUntil(page, (stop) => stop.name === 'Settings');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const stops = await tabUntil(page, (stop) => stop.name === 'Open log folder', 80);
    const names = stops.map((s) => s.name);
    for (const expected of [
      'Tenant host',
      'Your extension',
      'Replace',
      'Test connection',
      'Your country',
      'Save settings',
    ]) {
      expect(
        names.some((n) => n.startsWith(expected)),
        `${expected} is not reachable by Tab`,
      ).toBe(true);
    }
    for (const stop of stops) {
      expect(stop.name, `${stop.tag}#${stop.id} has no name`).not.toBe('');
      expect(stop.visible, `${stop.name} shows no focus ring`).toBe(true);
    }
    await panel().screenshot('keyboard-settings-dark');
  });
});

describe('theme and scaling', () => {
  it('follows the OS dark theme', async () => {
    await panel().load({ simulator: sim(), settings: skills });
    const { page } = panel();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(150);
    await page.getByLabel('Number to dial').fill('call 385.555.1234 x22');
    await page.getByText(/then key in ext\.\s*22/).waitFor();
    await panel().screenshot('home-dark');
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await panel().screenshot('settings-dark');
  });

  it('stays readable at 125 % scaling: nothing is cut off sideways', async () => {
    await panel().load({ simulator: sim(), settings: skills });
    const { page } = panel();
    // 125 % scaling leaves the 380-pixel panel 304 CSS pixels wide.
    await page.setViewportSize({
      width: Math.round(PANEL_VIEWPORT.width / 1.25),
      height: Math.round(PANEL_VIEWPORT.height / 1.25),
    });
    try {
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await panel().screenshot('zoom-125-home-dark');
      await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
      expect(await overflow()).toBeLessThanOrEqual(0);
      void panel().node.controller.dialFromHotkey('385-555-1234 or 801-555-0199');
      await page.getByRole('heading', { name: 'Which number should be called?' }).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(panel().pageErrors).toEqual([]);
    } finally {
      await page.setViewportSize(PANEL_VIEWPORT);
    }
  });
});
