import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the preload bundle', () => {
  it('requires nothing but electron (a sandboxed preload cannot load packages such as zod)', async () => {
    const result = await build({
      entryPoints: ['src/preload/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).toContain('exposeInMainWorld("dialer"');
  });
});
