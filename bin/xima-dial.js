#!/usr/bin/env node
// The installed `xima-dial` command: runs the bundle that `npm run build` writes to out/cli.
import { existsSync } from 'node:fs';

const bundle = new URL('../out/cli/xima-dial.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'xima-dial is not built yet: run npm run build first (or use npm run cli -- <command> from the repository)\n',
  );
  process.exit(2);
}
await import(bundle.href);
