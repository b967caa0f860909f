import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appBundlePath, readPublisherName } from '../../../../src/main/updater';

function resources(appUpdateYml: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'app-update-'));
  if (appUpdateYml !== null) writeFileSync(join(dir, 'app-update.yml'), appUpdateYml);
  return dir;
}

describe('readPublisherName: the publisher electron-builder wrote for electron-updater', () => {
  it('reads the list form electron-builder writes', () => {
    const yml =
      'provider: generic\nurl: https://u.example/\npublisherName:\n  - Acme Contact Centre Ltd\nupdaterCacheDirName: x\n';
    expect(readPublisherName(resources(yml))).toBe('Acme Contact Centre Ltd');
  });

  it('reads a scalar', () => {
    expect(readPublisherName(resources("publisherName: 'Acme Corp'\r\n"))).toBe('Acme Corp');
  });

  it('is null for an unsigned build: no key, an empty list, or no file', () => {
    expect(readPublisherName(resources('provider: generic\nurl: https://u.example/\n'))).toBeNull();
    expect(readPublisherName(resources('publisherName: []\n'))).toBeNull();
    expect(readPublisherName(resources(null))).toBeNull();
  });
});

describe('appBundlePath', () => {
  it('is the .app folder around the executable', () => {
    expect(appBundlePath('/Applications/Xima Tray Dialer.app/Contents/MacOS/Xima Tray Dialer')).toBe(
      '/Applications/Xima Tray Dialer.app',
    );
  });
});
