import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY } from '../../src/core/policy';
import { usePanelHarness } from '../support/e2e-harness';
import { postsTo, useSimulator } from '../support/simulator';

const sim = useSimulator({ https: false });
const panel = usePanelHarness();

const focusedId = () => panel().page.evaluate(() => document.activeElement?.id ?? '');

describe('connection states, with the one action that fixes each', () => {
  it('token rejected: "Paste new token" opens the token box, and the new token makes it ready', async () => {
    await panel().load({ simulator: sim(), token: 'expired-token' });
    const { page } = panel();
    await page.getByText('Token rejected', { exact: true }).waitFor();
    await panel().screenshot('token-rejected');
    await page.getByRole('button', { name: 'Paste new token' }).click();
    await expect.poll(focusedId).toBe('setting-token');
    await page.keyboard.type(sim().token);
    await page.keyboard.press('Enter');
    await page.getByText('A token is stored', { exact: true }).waitFor();
    // The token never comes back to the page, in any form.
    expect(await page.content()).not.toContain(sim().token);
    await page.getByRole('navigation').getByRole('button', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByText('Ready', { exact: true }).waitFor();
    await page.getByRole('radio', { name: /Sales Desk/ }).waitFor();
    await panel().screenshot('token-replaced-ready');
  });

  it('offline: says so plainly, and "Try again" recovers when Xima answers again', async () => {
    sim().script('*', { kind: 'drop' });
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByText('Offline', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    await panel().screenshot('offline');
    sim().clearScripts();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Ready', { exact: true }).waitFor();
    await page.getByRole('radio', { name: /Support Line/ }).waitFor();
  });

  it('not configured: offers settings and the demo, and the demo works end to end', async () => {
    await panel().load({ settings: { host: '', extension: '' }, token: null });
    const { page } = panel();
    await page.getByText('Not configured', { exact: true }).waitFor();
    await page.locator('.status').getByRole('button', { name: 'Open settings' }).waitFor();
    await panel().screenshot('not-configured');
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByText('Demo', { exact: true }).waitFor();
    await page.getByRole('radio', { name: /Sales Desk/ }).waitFor();
    await panel().screenshot('demo');
    await page.getByLabel('Number to dial').fill('(385) 555-1234');
    await page.getByLabel('Number to dial').press('Enter');
    const demo = panel().node.ports.demo?.simulator;
    await expect.poll(() => demo?.state.placedCalls.length).toBe(1);
    // The status line names the simulated agent the demo dials from, like a real tenant's extension.
    await page.getByText(`Simulator on this computer · ext. ${demo?.extension}`).waitFor();
    await page.getByRole('button', { name: 'Leave demo' }).click();
    await page.getByText('Not configured', { exact: true }).waitFor();
  });

  it('forbidden: a valid token without access says so and points to settings', async () => {
    sim().state.addToken('no-access-token', { access: false });
    await panel().load({ simulator: sim(), token: 'no-access-token' });
    const { page } = panel();
    await page.getByText('No access', { exact: true }).waitFor();
    await panel().screenshot('forbidden');
    await page.locator('.status').getByRole('button', { name: 'Open settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
  });

  it('the gateway behind window.dialer refuses a malformed payload and changes nothing', async () => {
    await panel().load({ simulator: sim() });
    const answer = await panel().page.evaluate(() =>
      (window as unknown as { dialer: { dial(p: unknown): Promise<unknown> } }).dialer.dial({ text: 42 }),
    );
    expect(answer).toEqual({ ok: false, message: expect.stringMatching(/did not understand/) as string });
    expect(sim().requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('shows the update banner when an update waits', async () => {
    await panel().load({ simulator: sim() });
    panel().node.controller.setUpdateState({ ready: true, version: '0.2.0' });
    await panel().page.getByRole('button', { name: 'Restart to update' }).waitFor();
    await panel().screenshot('update-ready');
    await panel().page.getByRole('button', { name: 'Restart to update' }).click();
    await expect.poll(() => panel().node.ports.updater.restarts).toBe(1);
  });
});

describe('settings', () => {
  it('refuses a bad host and a bad extension with a sentence under each, and saves nothing', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Tenant host').fill('http://acme xima');
    await page.getByLabel('Your extension').fill('10/01');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByLabel('Tenant host').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Your extension').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#setting-host-error').textContent()).toMatch(/\w+ .*\./);
    expect(await page.locator('#setting-extension-error').textContent()).toMatch(/\w+ .*\./);
    await expect.poll(focusedId).toBe('setting-host');
    expect(panel().node.ports.settingsStore.saves).toEqual([]);
    expect(panel().node.controller.getState().settings.host).toBe('acme.xima.cloud');
    await page.locator('#setting-host').scrollIntoViewIfNeeded();
    await panel().screenshot('settings-validation');
  });

  it('saves good settings, and "Test connection" lists the caller IDs', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Add a skill').fill('Online Requests');
    await page.getByLabel('Add a skill').press('Enter');
    await page.getByLabel('Ask before calling a number from a link').uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(panel().node.ports.settingsStore.current).toMatchObject({
      callbackSkills: ['Online Requests'],
      defaultCallbackSkill: 'Online Requests',
      confirmLinks: false,
    });
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText(/Connected to acme\.xima\.cloud: 2 caller IDs/).waitFor();
    await page.getByText('Support Line: (801) 555-0111').waitFor();
    await page.getByRole('button', { name: 'Test connection' }).scrollIntoViewIfNeeded();
    await panel().screenshot('settings-test-connection');
  });

  it('"Test connection" says exactly what failed, in words', async () => {
    await panel().load({ simulator: sim(), token: 'expired-token' });
    const { page } = panel();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Test connection' }).click();
    const result = page.locator('.field [role="status"] .error-text');
    await result.waitFor();
    const text = (await result.innerText()).trim();
    expect(text).toMatch(/token/i);
    expect(text).not.toMatch(/\b(?:HTTP|401|403)\b/);
    expect(text).toMatch(/\.$/);
    await page.getByRole('button', { name: 'Test connection' }).scrollIntoViewIfNeeded();
    await panel().screenshot('settings-test-connection-failed');
  });

  it('a fixed caller ID set in settings goes out with every call', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Always the same caller ID').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('#setting-fixedCallerId-error').waitFor();
    expect(panel().node.ports.settingsStore.saves).toEqual([]);
    await panel().screenshot('settings-fixed-caller-id-missing');
    await page.getByLabel('Fixed caller ID').selectOption({ label: 'Support Line — (801) 555-0111' });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Home' }).click();
    await page.getByLabel('Number to dial').fill('385 555 1234');
    await page.getByLabel('Number to dial').press('Enter');
    await expect.poll(() => postsTo(sim(), 'click-to-dial').length).toBe(1);
    expect(postsTo(sim(), 'click-to-dial')[0]?.body).toMatchObject({ outboundCallerId: '8015550111' });
  });

  it('records a hotkey, shows a conflict from the system, and adopts a free one', async () => {
    await panel().load({ simulator: sim(), takenHotkeys: ['CommandOrControl+Alt+K'] });
    const { page } = panel();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const recorder = page.locator('#setting-hotkey');
    await recorder.click();
    await page.keyboard.press('Control+Alt+K');
    await page.getByText('Ctrl+Alt+K is taken by another app — choose another.', { exact: true }).waitFor();
    await panel().screenshot('settings-hotkey-conflict');
    await recorder.click();
    await page.keyboard.press('Control+Alt+Shift+J');
    await page.getByText('Ctrl+Alt+Shift+J is free — save to use it.').waitFor();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(panel().node.ports.settingsStore.current.hotkey).toBe('CommandOrControl+Alt+Shift+J');
  });

  it('shows settings fixed by the administrator read-only', async () => {
    await panel().load({
      simulator: sim(),
      policy: { ...EMPTY_POLICY, settings: { host: 'acme.xima.cloud' }, locked: ['host'] },
    });
    const { page } = panel();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByLabel('Tenant host').getAttribute('readonly')).not.toBeNull();
    await page.locator('#setting-host-locked', { hasText: 'Set by your administrator' }).waitFor();
    await panel().screenshot('settings-locked');
  });

  it('says plainly when the token is only obfuscated, and opens the log folder', async () => {
    await panel().load({ simulator: sim(), tokenProtection: 'obfuscated' });
    const { page } = panel();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByText(/only obfuscated on this computer/).waitFor();
    await page.getByText(/only obfuscated on this computer/).scrollIntoViewIfNeeded();
    await panel().screenshot('settings-token-obfuscated');
    await page.getByRole('button', { name: 'Open log folder' }).click();
    await expect.poll(() => panel().node.ports.shell.opened).toEqual(['/tmp/xima-tray-dialer-test-logs']);
    await page.getByRole('button', { name: 'Open tel: links with this app' }).click();
    await page.getByText('Xima Tray Dialer opens tel: links on this computer.').waitFor();
    await panel().screenshot('settings-this-computer');
    expect(panel().pageErrors).toEqual([]);
  });
});
