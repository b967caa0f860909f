// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeBar } from '../../../src/renderer/components/notice-bar';
import { mount, type Mounted } from './fixtures';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

describe('the update part of the notice bar', () => {
  it('says in one sentence why updates are off on an unsigned build', async () => {
    const offReason = 'Updates are off: this Windows build is not signed with a publisher name.';
    view = await mount(<NoticeBar notice={null} update={{ ready: false, version: null, offReason }} />);
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe(offReason);
  });

  it('says nothing about updates normally', async () => {
    view = await mount(<NoticeBar notice={null} update={{ ready: false, version: null }} />);
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe('');
  });
});
