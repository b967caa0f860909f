import { describe, expect, it } from 'vitest';
import { usePanelHarness } from '../support/e2e-harness';
import { ARMED } from '../../src/shared/link-consent';
import { postsTo, useSimulator } from '../support/simulator';

const sim = useSimulator({ https: false });
const panel = usePanelHarness();

const skills = {
  callbackSkills: ['Online Requests', 'Support Callbacks'],
  defaultCallbackSkill: 'Support Callbacks',
};

describe('caller ID and dialing, against the real core and the simulator', () => {
  it('picks a caller ID: Xima’s selected caller ID changes and the panel marks it', async () => {
    await panel().load({ simulator: sim(), settings: skills });
    const { page } = panel();
    const support = page.getByRole('radio', { name: /Support Line/ });
    await expect.poll(() => page.getByRole('radio', { name: /Sales Desk/ }).isChecked()).toBe(true);
    // Xima takes a moment: the panel shows the change in progress meanwhile.
    sim().script('selected-outbound-caller-id', { kind: 'delay', ms: 600, times: 1 });
    await support.click();
    await page.getByText('Switching to Support Line…').waitFor();
    await expect.poll(() => sim().state.getSelectedCallerId(sim().extension)?.label).toBe('Support Line');
    await expect.poll(() => support.isChecked()).toBe(true);
    await page.getByText('Calls now go out from Support Line').waitFor();
    expect(postsTo(sim(), 'selected-outbound-caller-id')).toHaveLength(1);
    await panel().screenshot('caller-id-picked');
  });

  it('refreshes the caller IDs whenever the panel opens', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByRole('radio', { name: /Sales Desk/ }).waitFor();
    const sales = { label: 'Sales Desk', outboundCallerId: '8015550100' };
    // An admin adds a caller ID in Xima while the panel is closed.
    sim().state.setCallerIds(
      sim().extension,
      [
        sales,
        { label: 'Support Line', outboundCallerId: '8015550111' },
        { label: 'Billing', outboundCallerId: '8015550122' },
      ],
      sales,
    );
    panel().node.controller.panelShown();
    await page.getByRole('radio', { name: /Billing\s*\(801\) 555-0122/ }).waitFor();
    expect(await page.getByRole('radio', { name: /Sales Desk/ }).isChecked()).toBe(true);
    await panel().screenshot('caller-ids-refreshed-on-open');
  });

  it('opens with what main knows: no spinner, no placeholder and no jump while the list refreshes', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    const list = page.locator('fieldset.caller-ids');
    await page.getByRole('radio', { name: /Sales Desk/ }).waitFor();
    const before = await list.boundingBox();
    // Xima is slow to answer the refresh that opening the panel starts.
    sim().script('outbound-caller-ids', { kind: 'delay', ms: 800, times: 1 });
    panel().node.controller.panelShown();
    await page.getByRole('button', { name: 'Refreshing…' }).waitFor();
    // Meanwhile the known caller IDs stay on screen, selectable, where they were.
    expect(await page.locator('.row.placeholder').count()).toBe(0);
    expect(await page.getByRole('radio', { name: /Sales Desk/ }).isChecked()).toBe(true);
    expect(await list.boundingBox()).toEqual(before);
    await panel().screenshot('caller-ids-refreshing');
    await page.getByRole('button', { name: 'Refresh', exact: true }).waitFor();
    expect(await list.boundingBox()).toEqual(before);
  });

  it('rolls back with a sentence when Xima refuses the change', async () => {
    await panel().load({ simulator: sim() });
    sim().script('selected-outbound-caller-id', { kind: 'status', status: 500, times: 1 });
    const { page } = panel();
    await page.getByRole('radio', { name: /Support Line/ }).click();
    await page.getByRole('alert').filter({ hasText: 'Xima kept Sales Desk' }).first().waitFor();
    await expect.poll(() => page.getByRole('radio', { name: /Sales Desk/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /Support Line/ }).isChecked()).toBe(false);
    expect(sim().state.getSelectedCallerId(sim().extension)?.label).toBe('Sales Desk');
    // A sentence with a way forward, never a status code.
    expect(await page.locator('body').innerText()).not.toMatch(/HTTP\s*\d{3}|\b500\b/);
    await panel().screenshot('caller-id-refused');
  });

  it('dials from the box: a live preview, then exactly one POST with the right body', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    const box = page.getByLabel('Number to dial');
    await box.fill('Call me at (385) 555-1234 ext. 22');
    await page.getByText('Will dial (385) 555-1234').waitFor();
    await page.getByText(/then key in ext\.\s*22 by hand/).waitFor();
    await box.press('Enter');
    await page.getByText('Recent dials').waitFor();
    await page.locator('.history-number', { hasText: '(385) 555-1234' }).waitFor();
    const posts = postsTo(sim(), 'click-to-dial');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.path).toBe(`/rest/api/v1/agents/${sim().extension}/click-to-dial`);
    expect(posts[0]?.body).toEqual({ numberToDial: '3855551234', useSelectedOutboundCallerId: true });
    expect(await box.inputValue()).toBe('');
    // The panel sent one intent; the preview only asked main to understand the text.
    expect(panel().calls.filter((c) => c.intent === 'dial')).toEqual([
      { intent: 'dial', args: [{ text: 'Call me at (385) 555-1234 ext. 22', callerId: null }] },
    ]);
    await panel().screenshot('dialed-from-box');
  });

  it('explains a refusal in the preview and sends nothing', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByLabel('Number to dial').fill('hello');
    await page.getByText('No phone number found').waitFor();
    await page.getByLabel('Number to dial').press('Enter');
    await page
      .locator('.notice-slot')
      .getByText(/number/i)
      .waitFor();
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
    await panel().screenshot('dial-refused');
  });

  it('uses a one-off caller ID for one call without changing the selected one', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByLabel('Caller ID for this call').selectOption({ label: 'Support Line — (801) 555-0111' });
    await page.getByLabel('Number to dial').fill('801-555-0199');
    await page.getByRole('region', { name: 'Dial a number' }).getByRole('button', { name: 'Dial' }).click();
    await page.locator('.history-number', { hasText: '(801) 555-0199' }).waitFor();
    const posts = postsTo(sim(), 'click-to-dial');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ numberToDial: '8015550199', outboundCallerId: '8015550111' });
    expect(sim().state.getSelectedCallerId(sim().extension)?.label).toBe('Sales Desk');
    await panel().screenshot('one-off-caller-id');
  });

  it('offers a chooser for two numbers; arrows and Enter dial the second', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    void panel().node.controller.dialFromHotkey('Office 385-555-1234, cell 801-555-0199');
    await page.getByRole('heading', { name: 'Which number should be called?' }).waitFor();
    const numbers = page.locator('.chooser-number');
    await expect.poll(() => numbers.count()).toBe(2);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain('(385) 555-1234');
    await panel().screenshot('chooser-two-numbers');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Outbound caller ID' }).waitFor();
    const posts = postsTo(sim(), 'click-to-dial');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ numberToDial: '8015550199' });
    await panel().screenshot('chooser-dialed-second');
  });

  it('asks before calling a link; Enter accepts', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    void panel().node.controller.openLink('tel:+1-385-555-1234');
    await page.getByRole('heading', { name: 'A link asks to call…' }).waitFor();
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
    // The Call button arms a second after the confirmation appears (link-consent.test.ts covers why).
    await page.getByText(ARMED).waitFor();
    await panel().screenshot('link-confirmation');
    await page.keyboard.press('Enter');
    await expect.poll(() => postsTo(sim(), 'click-to-dial').length).toBe(1);
    expect(postsTo(sim(), 'click-to-dial')[0]?.body).toMatchObject({ numberToDial: '3855551234' });
    await page.getByRole('heading', { name: 'Outbound caller ID' }).waitFor();
    await panel().screenshot('link-accepted');
  });

  it('asks before calling a link; Esc cancels and nothing is dialed', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    void panel().node.controller.openLink('tel:+1-385-555-1234');
    await page.getByRole('heading', { name: 'A link asks to call…' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Outbound caller ID' }).waitFor();
    expect(panel().node.controller.getState().chooser).toBeNull();
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
    await panel().screenshot('link-cancelled');
  });

  it('schedules a callback into the default skill', async () => {
    await panel().load({ simulator: sim(), settings: skills });
    const { page } = panel();
    expect(await page.getByLabel('Skill').inputValue()).toBe('Support Callbacks');
    await page.getByLabel('Customer’s number').fill('(385) 555-7788');
    await page.getByRole('button', { name: 'Schedule' }).click();
    // Said once, in main's notice: the form does not repeat it.
    await page.getByText('Callback to (385) 555-7788 scheduled in Support Callbacks.').waitFor();
    expect(sim().state.callbacks).toMatchObject([
      { skill: 'Support Callbacks', callbackNumber: '3855557788' },
    ]);
    await panel().screenshot('callback-scheduled');
  });

  it('redials and copies from recent dials, and clears them', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByLabel('Number to dial').fill('385 555 1234');
    await page.getByLabel('Number to dial').press('Enter');
    // Number, when, source, caller ID and outcome, as the real controller recorded the dial.
    const first = page.locator('.history-entry').first();
    await first.getByText('via panel · from Sales Desk · placed').waitFor();
    expect(await first.locator('time').innerText()).toBe('just now');
    await page.getByRole('button', { name: 'Redial (385) 555-1234' }).click();
    await expect.poll(() => postsTo(sim(), 'click-to-dial').length).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: 'Copy +13855551234' }).click();
    await expect.poll(() => panel().node.ports.clipboard.text).toBe('+13855551234');
    await page.locator('.history').scrollIntoViewIfNeeded();
    await panel().screenshot('recent-dials');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByText('No dials yet').waitFor();
    await panel().screenshot('recent-dials-cleared');
    expect(panel().pageErrors).toEqual([]);
  });
});
