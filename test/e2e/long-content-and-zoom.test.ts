import { describe, expect, it } from 'vitest';
import { PANEL_VIEWPORT, usePanelHarness } from '../support/e2e-harness';
import { clippedText, horizontalOverflow } from '../support/e2e-layout';
import { useSimulator } from '../support/simulator';

const sim = useSimulator({ https: false });
const panel = usePanelHarness();

/** 40 characters: what a tenant admin really types for a shared line. */
const LONG_LABEL = 'Northwest Regional Customer Care Queue 2';
const LONG_HOST = 'northwest-regional-customer-care-center.xima.cloud';
const LONG_SKILL = 'Priority Callbacks for Premium Support Customers';

async function loadLongContent(): Promise<void> {
  sim().state.setCallerIds(
    sim().extension,
    [
      { label: LONG_LABEL, outboundCallerId: '8015550100' },
      { label: 'Support Line', outboundCallerId: '8015550111' },
    ],
    { label: LONG_LABEL, outboundCallerId: '8015550100' },
  );
  await panel().load({
    simulator: sim(),
    settings: { host: LONG_HOST, callbackSkills: [LONG_SKILL], defaultCallbackSkill: LONG_SKILL },
  });
  await panel()
    .page.getByRole('radio', { name: new RegExp(LONG_LABEL) })
    .waitFor();
}

describe('long labels and a long host in the 380-pixel panel', () => {
  it('shows the whole caller-ID label, its number and the host without clipping or sideways scroll', async () => {
    await loadLongContent();
    const { page } = panel();
    expect(await page.getByRole('radio', { name: new RegExp(LONG_LABEL) }).isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // Every character is on screen: wrapped, never cut off with an ellipsis or hidden overflow.
    expect(await clippedText(page, '.caller-id-label, .caller-id-number, .status-where')).toEqual([]);
    await page.getByText(LONG_HOST, { exact: false }).waitFor();
    // A native select cannot wrap: it spans the card, and its tooltip carries the whole choice.
    const oneOff = page.getByLabel('Caller ID for this call');
    expect(await oneOff.getAttribute('title')).toBe(`Usual (${LONG_LABEL})`);
    expect(await page.getByLabel('Skill').getAttribute('title')).toBe(LONG_SKILL);
    const card = await page.getByRole('region', { name: 'Dial a number' }).boundingBox();
    const select = await oneOff.boundingBox();
    expect((select?.width ?? 0) / (card?.width ?? 1)).toBeGreaterThan(0.85);
    await panel().screenshot('long-labels');
  });

  it('switching to the long-named caller ID shows its progress without pushing the list', async () => {
    await loadLongContent();
    const { page } = panel();
    const list = page.locator('fieldset.caller-ids');
    const before = await list.boundingBox();
    sim().script('selected-outbound-caller-id', { kind: 'delay', ms: 600, times: 1 });
    await page.getByRole('radio', { name: /Support Line/ }).click();
    await page.getByText('Switching to Support Line…').waitFor();
    expect((await list.boundingBox())?.y).toBe(before?.y);
    await page.getByText(/Calls now go out from Support Line/).waitFor();
  });
});

describe('125 % scaling with long content', () => {
  it('home, settings and the chooser fit 304 CSS pixels with nothing cut off', async () => {
    await loadLongContent();
    const { page } = panel();
    await page.setViewportSize({
      width: Math.round(PANEL_VIEWPORT.width / 1.25),
      height: Math.round(PANEL_VIEWPORT.height / 1.25),
    });
    try {
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await clippedText(page, '.caller-id-label, .caller-id-number, .status-where, h2')).toEqual([]);
      await panel().screenshot('zoom-125-home');
      await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await clippedText(page, 'label, legend, .hint, button')).toEqual([]);
      await panel().screenshot('zoom-125-settings');
      void panel().node.controller.dialFromHotkey('385-555-1234 ext. 4410 or 801-555-0199');
      await page.getByRole('heading', { name: 'Which number should be called?' }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await clippedText(page, '.chooser-number')).toEqual([]);
      await panel().screenshot('zoom-125-chooser');
      await page.keyboard.press('Escape');
      expect(panel().pageErrors).toEqual([]);
    } finally {
      await page.setViewportSize(PANEL_VIEWPORT);
    }
  });
});
