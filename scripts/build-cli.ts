// Bundles the xima-dial CLI into out/cli/xima-dial.js (Node 20, ESM). Code splitting keeps what only
// the network commands need (undici, zod, the client) in a chunk that `parse` never loads, so a cold
// `xima-dial parse` starts fast. Tests call `buildCli` to bundle into a temporary folder.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles into `outdir` (emptied first); returns the entry file's path. */
export async function buildCli(outdir: string = `${root}out/cli`): Promise<string> {
  await rm(outdir, { recursive: true, force: true });
  await build({
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
  });
  return `${outdir}/xima-dial.js`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const entry = await buildCli();
  process.stdout.write(`xima-dial bundled into ${entry.replace(root, '')}\n`);
}
