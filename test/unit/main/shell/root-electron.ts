import { join } from 'node:path';
import { createFakeElectron, type FakeElectron } from '../../../support/electron-fake';

/**
 * The `electron` module as src/main/index.ts sees it in tests that boot the whole composition root: the
 * shared fake with its data and log folders in `dir`, kept on globalThis so the test can reach it.
 */
export function fakeElectronModule(dir: string): FakeElectron & { default: FakeElectron } {
  const electron = createFakeElectron({ platform: process.platform });
  electron.app.paths.userData = join(dir, 'userData');
  electron.app.paths.logs = join(dir, 'logs');
  (globalThis as { __electronFake?: FakeElectron }).__electronFake = electron;
  return { ...electron, default: electron };
}

export function bootedElectron(): FakeElectron {
  const electron = (globalThis as { __electronFake?: FakeElectron }).__electronFake;
  if (!electron) throw new Error('the electron mock has not been loaded yet');
  return electron;
}
