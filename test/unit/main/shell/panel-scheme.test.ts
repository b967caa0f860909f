import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPanelProtocolHandler, panelFile } from '../../../../src/main/window/panel-scheme';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/window/secure-options';
import { useTempDir } from '../settings/temp-dir';

const dir = useTempDir('xtd-scheme-');

/** A built renderer folder with a secret next to it, as out/ holds main's code beside renderer/. */
function builtPanel() {
  const root = join(dir(), 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'notes.txt'), 'not a panel file');
  writeFileSync(join(dir(), 'secret.json'), '{"token":"x"}');
  const serve = createPanelProtocolHandler(root, (path) => readFile(path));
  return (url: string) => serve({ url });
}

describe('the app:// panel scheme', () => {
  it('serves the built page and its assets with their types', async () => {
    const get = builtPanel();
    const page = await get('app://panel/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://panel/assets/index-abc.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://panel/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it.each([
    ['an encoded ../', 'app://panel/%2e%2e/secret.json'],
    ['an encoded slash', 'app://panel/..%2fsecret.json'],
    ['a backslash', 'app://panel/..%5csecret.json'],
    ['another host', 'app://evil/index.html'],
    ['a file that does not exist', 'app://panel/missing.html'],
    ['a type the panel never has', 'app://panel/notes.txt'],
    ['a malformed escape', 'app://panel/%E0%A4%A.html'],
  ])('refuses %s with 404', async (_, url) => {
    const response = await builtPanel()(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('token');
  });

  it('never names a path outside the renderer folder', () => {
    expect(panelFile('app://panel/../../etc/passwd', '/app/out/renderer')).toBe(
      '/app/out/renderer/etc/passwd',
    );
    // The URL parser folds `..` (also written %2e%2e) at the root: it can only name a file inside it.
    expect(panelFile('app://panel/%2e%2e/main/index.js', '/app/out/renderer')).toBe(
      '/app/out/renderer/main/index.js',
    );
    expect(panelFile('app://panel/..%2f..%2fmain/index.js', '/app/out/renderer')).toBeNull();
    expect(panelFile('file:///app/out/renderer/index.html', '/app/out/renderer')).toBeNull();
  });
});
