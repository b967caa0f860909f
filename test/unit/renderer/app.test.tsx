// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/app';
import { appState, installFakeDialer, mount, settle, type Mounted } from './fixtures';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

const entry = {
  id: 'h1',
  number: {
    dial: '3855551234',
    e164: '+13855551234',
    display: '(385) 555-1234',
    extension: null,
    country: 'US',
    kind: 'external' as const,
  },
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
    fake.push(appState({ chooser: { id: 'c', reason: 'link', source: 'link', numbers: [entry.number] } }));
    expect(view.container.textContent).toContain('A link asks to call…');
  });
});
