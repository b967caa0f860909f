#!/usr/bin/env node
// Entry point of `xima-dial` (bundled to out/cli/xima-dial.js; `npm run cli` runs it through tsx).
import { readFileSync } from 'node:fs';
import { runCli } from './run';

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text === '') resolve();
    else stream.write(text, () => resolve());
  });
}

const pending: Promise<void>[] = [];
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => void pending.push(write(process.stdout, text)),
  stderr: (text) => void pending.push(write(process.stderr, text)),
  env: process.env,
  readFile: (path) => readFileSync(path, 'utf8'),
});
await Promise.all(pending);
process.exit(code);
