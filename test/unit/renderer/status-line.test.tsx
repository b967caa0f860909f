// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { StatusLine } from '../../../src/renderer/components/status-line';
import { appState, mount, type Mounted } from './fixtures';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

const where = () => view?.container.querySelector('.status-where')?.textContent;

describe('where the status line says calls go', () => {
  it('names the tenant and extension normally', async () => {
    view = await mount(<StatusLine state={appState()} onAction={() => undefined} />);
    expect(where()).toBe('acme.xima.cloud · ext. 1001');
  });

  it('names the address on this computer when started with --xima-base-url', async () => {
    const state = appState({ testTarget: '127.0.0.1:8080', settings: { ...appState().settings, host: '' } });
    view = await mount(<StatusLine state={state} onAction={() => undefined} />);
    expect(where()).toBe('Testing against 127.0.0.1:8080 · ext. 1001');
  });
});
