// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/renderer/app';
import { SAMPLE_NUMBER } from '../../support/sample-number';
import { appState, installFakeDialer, keyDown, mount, settle, type Mounted } from './fixtures';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

const entry = {
  id: 'h1',
  number: SAMPLE_NUMBER,
  at: Date.now() - 120_000,
  source: 'hotkey' as const,
  callerId: { label: 'Sales Desk', outboundCallerId: '8015550100' },
  outcome: 'placed' as const,
  message: null,
};

describe('panel', () => {
  it('renders the first snapshot from getState, then follows pushed snapshots', async () => {
    const fake = installFakeDialer(appState({ history: [entry] }));
    view = await mount(<App />);
    await settle();
    expect(view.container.textContent).toContain('Ready');
    expect(view.container.textContent).toContain('(385) 555-1234');
    expect(view.container.textContent).toContain('2 min ago');
    fake.push(appState({ status: 'offline', history: [entry] }));
    expect(view.container.textContent).toContain('Offline');
    expect(view.container.textContent).toContain('Try again');
  });

  it('shows why a registered hotkey is not yet proven, quietly, and says nothing once it is', async () => {
    const unproven =
      'macOS may still give these keys to another app: press them once where a number is highlighted.';
    const base = appState();
    const fake = installFakeDialer({
      ...base,
      hotkey: { ...base.hotkey, registered: true, paused: false, message: unproven },
    });
    view = await mount(<App />);
    await settle();
    expect(view.container.textContent).toContain('press them once where a number is highlighted');
    fake.push({ ...base, hotkey: { ...base.hotkey, registered: true, paused: false, message: null } });
    expect(view.container.textContent).not.toContain('press them once where a number is highlighted');
  });

  it('says when Xima listed more caller IDs than the panel shows', async () => {
    const fake = installFakeDialer(appState());
    view = await mount(<App />);
    await settle();
    expect(view.container.textContent).not.toContain('only the first');
    fake.push(appState({ callerIdsTruncated: true }));
    expect(view.container.textContent).toContain('only the first 2 are shown');
  });

  it('hides recent dials when history is off', async () => {
    const state = appState({ history: [entry] });
    installFakeDialer({ ...state, settings: { ...state.settings, keepHistory: false } });
    view = await mount(<App />);
    await settle();
    expect(view.container.textContent).not.toContain('Recent dials');
  });

  it('opens the view main asks for, and shows a waiting chooser first', async () => {
    const fake = installFakeDialer(appState());
    view = await mount(<App />);
    await settle();
    fake.navigate('settings');
    expect(view.container.querySelector('#settings-heading')).not.toBeNull();
    fake.push(
      appState({ chooser: { id: 'c', reason: 'link', source: 'link', numbers: [entry.number], armedAt: 0 } }),
    );
    expect(view.container.textContent).toContain('A link asks to call…');
  });

  it('Esc hides the panel, but in the chooser Esc only cancels the chooser', async () => {
    const fake = installFakeDialer(appState());
    view = await mount(<App />);
    await settle();
    await keyDown(document.body, { key: 'Escape' });
    expect(fake.api.hidePanel).toHaveBeenCalledTimes(1);
    fake.push(
      appState({ chooser: { id: 'c', reason: 'link', source: 'link', numbers: [entry.number], armedAt: 0 } }),
    );
    await keyDown(document.activeElement!, { key: 'Escape' });
    expect(fake.api.cancelChooser).toHaveBeenCalledExactlyOnceWith({ chooserId: 'c' });
    expect(fake.api.hidePanel).toHaveBeenCalledTimes(1);
  });

  it('says an outcome once: not next to the form when main’s notice already says it', async () => {
    const said = 'Calling (385) 555-1234 from Sales Desk';
    const fake = installFakeDialer(appState());
    fake.api.dial = vi.fn(async () => {
      fake.push(appState({ notice: { id: 'n1', kind: 'success', text: said } }));
      return { ok: true as const, message: said };
    });
    view = await mount(<App />);
    await settle();
    const input = view.container.querySelector<HTMLInputElement>('#dial-text')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await act(async () => {
      setter.call(input, '385 555 1234');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => input.form!.requestSubmit());
    await settle();
    expect(fake.api.dial).toHaveBeenCalledExactlyOnceWith({ text: '385 555 1234', callerId: null });
    expect(view.container.textContent!.split(said)).toHaveLength(2);
  });
});

describe('status line and lists as the agent reads them', () => {
  const failed = {
    ...entry,
    id: 'h2',
    source: 'link' as const,
    callerId: null,
    outcome: 'failed' as const,
    message: 'Xima had a problem on its side (HTTP 502) — check recent calls before dialing again',
  };

  it('says for every dial: number, when, source, caller ID and outcome, with the failure in words', async () => {
    installFakeDialer(appState({ history: [entry, failed] }));
    view = await mount(<App />);
    await settle();
    const items = [...view.container.querySelectorAll('.history-entry')].map((li) => li.textContent ?? '');
    expect(items[0]).toMatch(/\(385\) 555-1234.*2 min ago.*via hotkey · from Sales Desk · placed/);
    expect(items[1]).toMatch(/via link · from selected caller ID · failed/);
    expect(items[1]).toContain('Xima had a problem on its side — check recent calls before dialing again.');
    expect(items[1]).not.toMatch(/HTTP|502/);
  });

  it('not configured: settings is the one primary action; the demo is offered quietly; no Refresh', async () => {
    installFakeDialer(
      appState({
        status: 'not-configured',
        callerIds: [],
        selectedCallerId: null,
        demo: { active: false, allowed: true, extension: null },
      }),
    );
    view = await mount(<App />);
    await settle();
    const buttons = [...view.container.querySelectorAll<HTMLButtonElement>('.status button')];
    expect(buttons.map((b) => [b.textContent, b.className])).toEqual([
      ['Open settings', 'primary'],
      ['Try the demo', ''],
    ]);
    const refresh = [...view.container.querySelectorAll('button')].filter((b) => b.textContent === 'Refresh');
    expect(refresh).toEqual([]);
  });
});
