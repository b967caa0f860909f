import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARMED, ARMING } from '../../src/shared/link-consent';
import { axeViolations } from '../support/e2e-axe';
import { usePanelHarness } from '../support/e2e-harness';
import { useSimulator } from '../support/simulator';

const sim = useSimulator({ https: false });
const panel = usePanelHarness();

const expectNoViolations = async (page: Page, state: string) =>
  expect(await axeViolations(page), `axe in "${state}"`).toEqual([]);

describe('axe-core finds nothing in the built panel', () => {
  it('home (light and dark, with an update waiting), settings, and not configured', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByRole('radio', { name: /Sales Desk/ }).waitFor();
    await expectNoViolations(page, 'home');
    // The OS's dark theme: the same contrast rules hold for the other palette.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'home, dark');
    await page.emulateMedia({ colorScheme: 'light' });

    panel().node.controller.setUpdateState({ ready: true, version: '0.2.0' });
    await page.getByRole('button', { name: 'Restart to update' }).waitFor();
    await expectNoViolations(page, 'update ready');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await expectNoViolations(page, 'settings');

    await panel().load({ settings: { host: '', extension: '' }, token: null });
    await page.getByText('Not configured', { exact: true }).waitFor();
    await expectNoViolations(page, 'not configured');
  });

  it('an error notice, the several-numbers chooser, and a link confirmation before and after arming', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByLabel('Number to dial').fill('hello');
    await page.getByLabel('Number to dial').press('Enter');
    await page.locator('.notice-slot .banner').waitFor();
    await expectNoViolations(page, 'error notice');

    void panel().node.controller.dialFromHotkey('Office 385-555-1234, cell 801-555-0199');
    await page.getByRole('heading', { name: 'Which number should be called?' }).waitFor();
    await expectNoViolations(page, 'chooser');

    await panel().load({ simulator: sim() });
    void panel().node.controller.openLink('tel:+1-385-555-1234');
    await page.getByRole('status').filter({ hasText: ARMING }).waitFor();
    await expectNoViolations(page, 'link arming');
    await page.getByRole('status').filter({ hasText: ARMED }).waitFor();
    await expectNoViolations(page, 'link armed');
  });
});

describe('the update offer', () => {
  it('sits in a named landmark and inside a status region, so it is found and announced', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    panel().node.controller.setUpdateState({ ready: true, version: '0.2.0' });
    const restart = page.getByRole('button', { name: 'Restart to update' });
    await restart.waitFor();
    const where = await restart.evaluate((el) => ({
      status: el.closest('[role=status]')?.textContent ?? null,
      landmark: el.closest('main, section[aria-label], [role=region]')?.getAttribute('aria-label') ?? null,
    }));
    expect(where).toEqual({
      status: expect.stringContaining('Version 0.2.0 is ready.'),
      landmark: 'Messages',
    });
    expect(await page.getByRole('region', { name: 'Messages' }).count()).toBe(1);
  });
});

describe('focus not obscured (WCAG 2.4.11)', () => {
  it('in settings at the panel size, no focused control hides under the sticky header or the save bar', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 380, height: 560 });
    try {
      await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      const covered: string[] = [];
      const seen = new Set<unknown>();
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const box = el.getBoundingClientRect();
          const header = document.querySelector('header.top')?.getBoundingClientRect();
          const bar = document.querySelector('.save-bar')?.getBoundingClientRect();
          const overlaps = (r: DOMRect | undefined) =>
            !!r && box.top < r.bottom && box.bottom > r.top && box.left < r.right && box.right > r.left;
          const inBar = el.closest('.save-bar, header.top') !== null;
          return {
            key: `${el.tagName.toLowerCase()}#${el.id} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''} @${Array.from(document.querySelectorAll('*')).indexOf(el)}`,
            covered: !inBar && (overlaps(header) || overlaps(bar)),
          };
        });
        if (!stop) continue;
        if (seen.has(stop.key)) break;
        seen.add(stop.key);
        if (stop.covered) covered.push(stop.key);
      }
      expect(seen.size).toBeGreaterThan(8);
      expect(covered).toEqual([]);
    } finally {
      if (viewport) await page.setViewportSize(viewport);
    }
  });
});
