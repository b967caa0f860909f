// First step of `npm test`: without a browser the end-to-end tests cannot run, so say so in seconds
// instead of failing them after the long steps.
import { findBrowserHere } from './lib/find-browser';

const found = findBrowserHere();
if (!found.ok) {
  console.error(found.message);
  process.exit(1);
}
console.log(`End-to-end tests will use ${found.name} (${found.executablePath}).`);
