// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChooserView } from '../../../src/renderer/components/chooser-view';
import type { Chooser } from '../../../src/shared/app-state';
import { ARMING, NOT_ARMED, NOT_SPACE } from '../../../src/shared/link-consent';
import { appState, installFakeDialer, keyDown, mount, settle, type Mounted } from './fixtures';

const number = (display: string, dial: string) => ({
  dial,
  e164: `+1${dial}`,
  display,
  extension: null,
  country: 'US',
  kind: 'external' as const,
});
const chooser: Chooser = {
  id: 'ch-1',
  reason: 'several',
  source: 'hotkey',
  numbers: [number('(385) 555-1234', '3855551234'), number('(801) 555-0199', '8015550199')],
  armedAt: null,
};

let view: Mounted | null = null;
afterEach(() => view?.unmount());

describe('chooser', () => {
  it('focuses the first number so Enter dials it at once', async () => {
    const fake = installFakeDialer(appState({ chooser }));
    view = await mount(<ChooserView chooser={chooser} />);
    const first = view.container.querySelector('.chooser-number');
    expect(document.activeElement).toBe(first);
    await keyDown(first!, { key: 'Enter' });
    await settle();
    expect(fake.api.chooseNumber).toHaveBeenCalledExactlyOnceWith({
      chooserId: 'ch-1',
      index: 0,
      via: 'Enter',
    });
  });

  it('ArrowDown then Enter dials the second number', async () => {
    const fake = installFakeDialer(appState({ chooser }));
    view = await mount(<ChooserView chooser={chooser} />);
    await keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toContain('(801) 555-0199');
    await keyDown(document.activeElement!, { key: 'Enter' });
    await settle();
    expect(fake.api.chooseNumber).toHaveBeenCalledExactlyOnceWith({
      chooserId: 'ch-1',
      index: 1,
      via: 'Enter',
    });
  });

  it('Esc cancels without dialing', async () => {
    const fake = installFakeDialer(appState({ chooser }));
    view = await mount(<ChooserView chooser={chooser} />);
    await keyDown(document.activeElement!, { key: 'Escape' });
    expect(fake.api.cancelChooser).toHaveBeenCalledExactlyOnceWith({ chooserId: 'ch-1' });
    expect(fake.api.chooseNumber).not.toHaveBeenCalled();
  });

  it('Enter on Cancel cancels rather than dialing', async () => {
    const fake = installFakeDialer(appState({ chooser }));
    view = await mount(<ChooserView chooser={chooser} />);
    const cancel = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!;
    cancel.focus();
    await keyDown(cancel, { key: 'Enter' });
    expect(fake.api.chooseNumber).not.toHaveBeenCalled();
  });

  it('says a link asks to call, and shows why a refusal happened', async () => {
    const link: Chooser = {
      ...chooser,
      id: 'ch-2',
      reason: 'link',
      source: 'link',
      numbers: [chooser.numbers[0]!],
      armedAt: Date.now() - 1,
    };
    const fake = installFakeDialer(appState({ chooser: link }));
    fake.api.chooseNumber = async () => ({
      ok: false,
      message: 'Xima is not reachable — try again in a moment.',
    });
    view = await mount(<ChooserView chooser={link} />);
    expect(view.container.querySelector('h2')?.textContent).toBe('A link asks to call…');
    await keyDown(document.activeElement!, { key: 'Enter' });
    await settle();
    expect(view.container.textContent).toContain('Xima is not reachable — try again in a moment.');
  });

  it('a link’s confirmation takes no answer before it arms, says so, and never takes Space', async () => {
    const link: Chooser = {
      ...chooser,
      id: 'ch-3',
      reason: 'link',
      source: 'link',
      armedAt: Date.now() + 60_000,
    };
    const fake = installFakeDialer(appState({ chooser: link }));
    view = await mount(<ChooserView chooser={link} />);
    await settle();
    const first = view.container.querySelector<HTMLButtonElement>('.chooser-number')!;
    expect(first.getAttribute('aria-disabled')).toBe('true');
    expect(view.container.textContent).toContain(ARMING);
    await keyDown(first, { key: 'Enter' });
    await act(async () => first.click());
    await settle();
    expect(fake.api.chooseNumber).not.toHaveBeenCalled();
    expect(view.container.textContent).toContain(NOT_ARMED);

    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    await act(async () => void first.dispatchEvent(space));
    expect(space.defaultPrevented).toBe(true);
    expect(view.container.textContent).toContain(NOT_SPACE);
  });

  it('names each number button with its visible text (WCAG 2.5.3, Label in Name)', async () => {
    const withExtension: Chooser = {
      ...chooser,
      numbers: [{ ...chooser.numbers[0]!, extension: '22' }, chooser.numbers[1]!],
    };
    installFakeDialer(appState({ chooser: withExtension }));
    view = await mount(<ChooserView chooser={withExtension} />);
    const buttons = [...view.container.querySelectorAll('.chooser-number')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([null, null]);
    expect(buttons[0]?.textContent).toBe('1(385) 555-1234then key in ext. 22');
  });
});
