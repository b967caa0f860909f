import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../support/e2e-renderer';

/** The budget: all renderer JavaScript, React included, gzipped. */
const BUDGET_BYTES = 100 * 1024;

describe('the production panel build', () => {
  it('ships at most 100 KB of gzipped JavaScript, React included', async () => {
    const dir = await ensureRendererBuilt();
    const assets = join(dir, 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('is minified and loads nothing but its own files', async () => {
    const dir = await ensureRendererBuilt();
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    // No remote script, style or font: the panel paints from the app's own files only.
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const script = readdirSync(join(dir, 'assets')).find((name) => name.endsWith('.js')) ?? '';
    const code = readFileSync(join(dir, 'assets', script), 'utf8');
    // Minified output has very long lines; an unminified build would blow the budget silently later.
    expect(code.split('\n').length).toBeLessThan(50);
    // React's production runtime: the development JSX helper would mean NODE_ENV leaked into the build.
    expect(code).not.toContain('jsxDEV');
  });
});
