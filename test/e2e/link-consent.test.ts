import { describe, expect, it } from 'vitest';
import { ARMED, ARMING, NOT_SPACE } from '../../src/shared/link-consent';
import { usePanelHarness } from '../support/e2e-harness';
import { postsTo, useSimulator } from '../support/simulator';

const sim = useSimulator({ https: false });
const panel = usePanelHarness();
const dials = () => postsTo(sim(), 'click-to-dial');

/** Opens a link's confirmation in the built panel, as the shell does when a web page fires `tel:`. */
async function linkConfirmation(uri = 'tel:+1-385-555-1234') {
  await panel().load({ simulator: sim() });
  const { page } = panel();
  void panel().node.controller.openLink(uri);
  await page.getByRole('heading', { name: 'A link asks to call…' }).waitFor();
  return { page, call: page.locator('.chooser-number').first() };
}

describe('consent for a link a web page can fire, in the built panel', () => {
  it('takes no Enter in its first second, shows and announces the arming, then calls on a fresh Enter', async () => {
    const { page, call } = await linkConfirmation();
    // The agent was typing in the CRM: the Enter they meant for it lands here the moment the panel appears.
    await page.keyboard.press('Enter');
    await call.click({ force: true });
    expect(await call.getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByRole('status').filter({ hasText: ARMING }).count()).toBe(1);
    await panel().screenshot('link-arming');
    await page.getByRole('status').filter({ hasText: ARMED }).waitFor();
    expect(await call.getAttribute('aria-disabled')).toBeNull();
    expect(dials()).toHaveLength(0);
    expect(panel().calls.filter((c) => c.intent === 'chooseNumber')).toHaveLength(0);
    await panel().screenshot('link-armed');
    await page.keyboard.press('Enter');
    await expect.poll(() => dials().length).toBe(1);
    expect(dials()[0]?.body).toMatchObject({ numberToDial: '3855551234' });
  });

  it('a key held down from before the confirmation appeared is not a yes, even once armed', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.locator('body').focus();
    await page.keyboard.down('Enter');
    void panel().node.controller.openLink('tel:+1-385-555-1234');
    await page.getByRole('status').filter({ hasText: ARMED }).waitFor();
    // Still held: the keyboard repeats it; a repeat is the old press, not a new answer.
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await new Promise((r) => setTimeout(r, 200));
    expect(dials()).toHaveLength(0);
    expect(panel().node.controller.getState().chooser).not.toBeNull();
  });

  it('Space never calls, armed or not, and says what does', async () => {
    const { page, call } = await linkConfirmation();
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: ARMED }).waitFor();
    await page.keyboard.press('Space');
    await page.getByText(NOT_SPACE).waitFor();
    await new Promise((r) => setTimeout(r, 200));
    expect(dials()).toHaveLength(0);
    expect(await call.evaluate((el) => el === document.activeElement)).toBe(true);
    await call.click();
    await expect.poll(() => dials().length).toBe(1);
  });

  it('after Esc the focus goes to the dial box, not the page body, and the outcome is announced', async () => {
    const { page } = await linkConfirmation();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Dial a number' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dial-text');
    await page.getByText('Cancelled — nothing was dialed.').waitFor();
    expect(
      await page
        .getByText('Cancelled — nothing was dialed.')
        .evaluate((el) => el.closest('[aria-live], [role=status], [role=alert]') !== null),
    ).toBe(true);
    expect(dials()).toHaveLength(0);
  });
});
