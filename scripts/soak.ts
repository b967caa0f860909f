// `npm run soak [-- --dials N] [--seed N] [--json]`: dials through the app's pipeline while the simulator
// injects random 429s, 5xx, delays, hangs and dropped connections, then checks that every dial was POSTed
// exactly once, every failure was a sentence, nothing was left unhandled and the heap did not grow.
// Exits 1 when a promise was broken. Re-runs itself under --expose-gc when started without it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { numberFlag } from './lib/number-flag';
import { runSoak, SOAK_NETWORK } from './lib/soak-run';

const gc = (globalThis as { gc?: () => void }).gc;
if (typeof gc !== 'function') {
  const self = fileURLToPath(import.meta.url);
  const rerun = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', self, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(rerun.status ?? 1);
}

const dials = numberFlag('dials', 5_000, { min: 1, whole: true });
const seed = numberFlag('seed', 7, { min: 1, whole: true });
const timeoutMs = numberFlag('timeout-ms', 1_000, { min: 1, whole: true });
const json = process.argv.includes('--json');
const say = (line: string): void => void (json ? process.stderr : process.stdout).write(`${line}\n`);

say(
  `Soak: ${dials} dials (seed ${seed}, client timeout ${timeoutMs} ms) against a chaotic simulator behind a proxy with random round trips and idle closes…`,
);
const started = performance.now();
const report = await runSoak({ dials, seed, timeoutMs, gc, onProgress: (done) => say(`  ${done} dials`) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const percent = report.heapGrowth === null ? 'not measured' : `${(report.heapGrowth * 100).toFixed(2)} %`;
say(
  [
    `Done in ${seconds} s.`,
    `  pipeline outcomes:  ${JSON.stringify(report.outcomes)}`,
    `  simulator outcomes: ${JSON.stringify(report.serverOutcomes)}`,
    `  POSTs sent ${report.sent}, POSTs received ${report.serverPosts}, numbers out of step ${report.mismatchedNumbers.length}`,
    `  failure messages: ${report.checkedFailureMessages} checked, ${report.badMessages.length} not sentences, e.g. “${report.sampleFailureMessages[0] ?? ''}”`,
    `  network: ${report.proxyConnections} connections through the proxy (${SOAK_NETWORK.minRttMs}–${SOAK_NETWORK.maxRttMs} ms RTT), ${report.idleCloses} closed idle after ${SOAK_NETWORK.idleCloseMs} ms`,
    `  unhandled rejections: ${report.unhandledRejections}`,
    `  heap after GC: ${report.heapStartBytes} → ${report.heapEndBytes} bytes (${percent}, limit 10 %)`,
    `  heap after GC every 500 dials (MB): ${report.heapSamples.map((b) => (b / 1e6).toFixed(2)).join(' ')}`,
    ...report.mismatchedNumbers.map(
      (m) => `  ${m.number}: sent ${m.sent}, received ${m.received}; the agent read “${m.told}”`,
    ),
    report.violations.length === 0 ? 'All promises kept.' : `BROKEN: ${report.violations.join('; ')}`,
  ].join('\n'),
);
if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(report.violations.length === 0 ? 0 : 1);
