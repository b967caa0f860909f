// Bundles the xima-dial CLI into out/cli/xima-dial.js (Node 20, ESM). Code splitting keeps what only
// the network commands need (undici, zod, the client) in a chunk that `parse` never loads, so a cold
// `xima-dial parse` starts fast.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}out/cli`;

await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { 'xima-dial': `${root}src/cli/main.ts` },
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies (undici) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
  metafile: true,
});
const outputs = Object.entries(result.metafile.outputs).map(
  ([file, info]) => `${file.replace(root, '')} ${(info.bytes / 1024).toFixed(0)} KiB`,
);
process.stdout.write(`xima-dial bundled: ${outputs.join(', ')}\n`);
