import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import electronViteConfig from '../../electron.vite.config';

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The panel built with the project's own electron-vite renderer config, into a folder of its own:
 * a teammate's `npm run build` emptying `out/` cannot pull files from under a running test.
 */
export const E2E_RENDERER_DIR = join(ROOT, 'test-output', 'e2e-renderer');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function rendererConfig(): InlineConfig {
  const config = electronViteConfig as { renderer?: InlineConfig };
  if (!config.renderer) throw new Error('electron.vite.config.ts has no renderer section');
  return config.renderer;
}

/** Builds the production panel unless the last build is newer than every renderer and shared source. */
export async function ensureRendererBuilt(): Promise<string> {
  const index = join(E2E_RENDERER_DIR, 'index.html');
  // This file's build options count too: changing them must not reuse a build made with the old ones.
  const sources = Math.max(
    newest(join(ROOT, 'src/renderer')),
    newest(join(ROOT, 'src/shared')),
    statSync(import.meta.filename).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs > sources) return E2E_RENDERER_DIR;
  const renderer = rendererConfig();
  // Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it finds: the panel would be built with
  // React's development runtime (about 140 KB gzipped, other code paths). Build what the app ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildPanel(renderer);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return E2E_RENDERER_DIR;
}

function buildPanel(renderer: InlineConfig) {
  return build({
    ...renderer,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // What electron-vite sets for a renderer: relative asset paths (the app loads it from a file).
    base: './',
    build: {
      ...renderer.build,
      outDir: E2E_RENDERER_DIR,
      emptyOutDir: true,
      modulePreload: { polyfill: false },
    },
  });
}

export interface ServedPanel {
  origin: string;
  close(): Promise<void>;
}

/** Serves the built panel on loopback with Vite's in-process preview server (no child process to leak). */
export async function servePanel(): Promise<ServedPanel> {
  const dir = await ensureRendererBuilt();
  const server: PreviewServer = await preview({
    configFile: false,
    logLevel: 'warn',
    root: dirname(dir),
    build: { outDir: basename(dir) },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
