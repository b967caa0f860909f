// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsView } from '../../../src/renderer/settings/settings-view';
import { appState, byText, installFakeDialer, mount, settle, type Mounted } from './fixtures';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

function type(input: HTMLInputElement, value: string) {
  // React tracks the value it set; the native setter makes the change visible to its onChange.
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  return act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('settings form', () => {
  it('shows main’s per-field errors under the fields and focuses the first', async () => {
    const fake = installFakeDialer(appState());
    fake.api.saveSettings = vi.fn(async () => ({
      ok: false as const,
      message: 'The settings were not saved.',
      errors: {
        host: 'The host must be your tenant, such as acme.xima.cloud.',
        extension: 'The extension is digits only.',
      },
    }));
    view = await mount(<SettingsView state={appState()} tokenFocusRequest={0} />);
    const host = view.container.querySelector<HTMLInputElement>('#setting-host')!;
    const extension = view.container.querySelector<HTMLInputElement>('#setting-extension')!;
    await type(host, 'not a host');
    await type(extension, '10a');
    await act(async () => byText<HTMLButtonElement>(view!.container, 'button', 'Save settings').click());
    await settle();

    expect(fake.api.saveSettings).toHaveBeenCalledExactlyOnceWith({ host: 'not a host', extension: '10a' });
    expect(host.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(host.getAttribute('aria-describedby')!)?.textContent).toBe(
      'The host must be your tenant, such as acme.xima.cloud.',
    );
    expect(view.container.querySelector('#setting-extension-error')?.textContent).toBe(
      'The extension is digits only.',
    );
    expect(document.activeElement).toBe(host);
  });

  it('with nothing changed, asks main nothing: says so, or marks a saved value main’s rules now refuse', async () => {
    const fake = installFakeDialer(appState());
    view = await mount(<SettingsView state={appState()} tokenFocusRequest={0} />);
    await act(async () => byText<HTMLButtonElement>(view!.container, 'button', 'Save settings').click());
    await settle();
    expect(view.container.textContent).toContain('Nothing to save — no setting was changed.');
    view.unmount();

    const stale = appState();
    stale.settings = { ...stale.settings, externalPrefix: '9a' };
    view = await mount(<SettingsView state={stale} tokenFocusRequest={0} />);
    await act(async () => byText<HTMLButtonElement>(view!.container, 'button', 'Save settings').click());
    await settle();
    expect(view.container.textContent).toContain(
      'The settings were not saved — fix the fields marked below.',
    );
    expect(view.container.querySelector('#setting-externalPrefix-error')?.textContent).toBe(
      'The external prefix may hold only digits (at most 8), like 9 — or leave it empty.',
    );
    expect(document.activeElement?.id).toBe('setting-externalPrefix');
    expect(fake.api.saveSettings).not.toHaveBeenCalled();
  });

  it('says when the administrator’s policy was not applied, and only then', async () => {
    const notice =
      'Your administrator’s policy was not applied: users who are not administrators could have changed its file.';
    installFakeDialer(appState());
    view = await mount(<SettingsView state={appState({ policyNotice: notice })} tokenFocusRequest={0} />);
    expect(view.container.querySelector('[role="note"]')?.textContent).toBe(notice);
    view.unmount();
    view = await mount(<SettingsView state={appState()} tokenFocusRequest={0} />);
    expect(view.container.querySelector('[role="note"]')).toBeNull();
  });

  it('shows locked settings read-only with the administrator note, and never sends them', async () => {
    const fake = installFakeDialer(appState());
    view = await mount(<SettingsView state={appState({ locked: ['host'] })} tokenFocusRequest={0} />);
    const host = view.container.querySelector<HTMLInputElement>('#setting-host')!;
    expect(host.readOnly).toBe(true);
    expect(view.container.querySelector('#setting-host-locked')?.textContent).toBe(
      'Set by your administrator',
    );
    await type(view.container.querySelector<HTMLInputElement>('#setting-extension')!, '1002');
    await act(async () => byText<HTMLButtonElement>(view!.container, 'button', 'Save settings').click());
    await settle();
    expect(fake.api.saveSettings).toHaveBeenCalledExactlyOnceWith({ extension: '1002' });
  });

  it('never shows the token, only that one is stored', async () => {
    installFakeDialer(appState());
    view = await mount(<SettingsView state={appState()} tokenFocusRequest={0} />);
    expect(view.container.textContent).toContain('A token is stored');
    expect(view.container.querySelector('input[type=password]')).toBeNull();
    await act(async () => byText<HTMLButtonElement>(view!.container, 'button', 'Replace').click());
    expect(view.container.querySelector('input[type=password]')).not.toBeNull();
  });

  it('says plainly when the token is only obfuscated', async () => {
    installFakeDialer(appState());
    view = await mount(
      <SettingsView state={appState({ tokenProtection: 'obfuscated' })} tokenFocusRequest={0} />,
    );
    expect(view.container.textContent).toContain('only obfuscated');
  });
});

describe('settings lists every setting the issue names', () => {
  it('has a labelled control for each, the token write-only, and the system helpers', async () => {
    installFakeDialer(appState());
    view = await mount(
      <SettingsView
        state={appState({ telHandler: { isDefault: false, canSetDefault: false, help: null } })}
        tokenFocusRequest={0}
      />,
    );
    const root = view.container;
    const labelOf = (id: string) => root.querySelector(`label[for="${id}"]`)?.textContent ?? '';
    expect(labelOf('setting-host')).toBe('Tenant host');
    expect(labelOf('setting-extension')).toBe('Your extension');
    expect(labelOf('setting-defaultCountry')).toBe('Your country');
    expect(labelOf('setting-internationalFormat')).toBe('International numbers are sent as');
    expect(labelOf('setting-externalPrefix')).toBe('External prefix');
    expect(labelOf('setting-confirmLinks')).toBe('Ask before calling a number from a link');
    expect(labelOf('setting-launchAtLogin')).toBe('Start when I log in');
    expect(labelOf('setting-keepHistory')).toBe('Keep a list of recent dials');
    expect(labelOf('setting-callbackSkills')).toBe('Add a skill');
    expect(labelOf('setting-defaultCallbackSkill')).toBe('Default skill');
    expect(root.querySelector('#setting-hotkey')?.getAttribute('aria-labelledby')).toContain('hotkey-label');
    expect(root.textContent).toContain('The one selected in Xima (recommended)');
    expect(root.textContent).toContain('Always the same caller ID');
    // Write-only token: what is stored is never shown, only that it is.
    expect(root.textContent).toContain('A token is stored');
    expect(byText(root, 'button', 'Replace')).toBeTruthy();
    expect(byText(root, 'button', 'Remove')).toBeTruthy();
    expect(root.textContent).toContain('encrypted with your system’s keyring');
    expect(root.textContent).toContain('Reserve Agent strategy');
    for (const button of ['Test connection', 'Open log folder', 'Open the system setting', 'Save settings'])
      expect(byText(root, 'button', button), button).toBeTruthy();
    expect(root.textContent).toContain('Demo mode');
  });
});
