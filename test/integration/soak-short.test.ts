import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SoakReport } from '../../scripts/lib/soak-run';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The soak script in its own process: it needs --expose-gc to judge the heap, which vitest's workers lack. */
function soak(dials: number): Promise<{ code: number | null; report: SoakReport; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        'scripts/soak.ts',
        '--dials',
        String(dials),
        '--seed',
        '11',
        '--json',
      ],
      { cwd: root, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const last = stdout.trim().split('\n').at(-1) ?? '';
        try {
          resolve({ code: error ? (error.code as number | null) : 0, report: JSON.parse(last), stderr });
        } catch {
          reject(new Error(`the soak printed no report: ${stderr.slice(-2000)}`));
        }
      },
    );
  });
}

describe('a short soak against a chaotic simulator (429s, 5xx, delays, hangs, dropped connections) behind a proxy (random RTT, idle closes)', () => {
  it('POSTs every dial exactly once, explains every failure, leaves nothing unhandled and does not leak', async () => {
    const { code, report, stderr } = await soak(300);
    expect(report.violations, stderr).toEqual([]);
    expect(code).toBe(0);

    // The chaos really happened: the run met every kind of failure it is meant to survive.
    for (const kind of ['failed:rate-limited', 'failed:server', 'failed:network', 'failed:timeout', 'placed'])
      expect(report.outcomes[kind] ?? 0, kind).toBeGreaterThan(0);
    for (const outcome of ['204', '429', 'hung', 'dropped'])
      expect(report.serverOutcomes[outcome] ?? 0, outcome).toBeGreaterThan(0);

    const total = report.dials + report.warmUpDials;
    expect(report.sent).toBe(total);
    expect(report.serverPosts).toBe(report.sent);
    expect(report.mismatchedNumbers).toEqual([]);
    expect(report.badMessages).toEqual([]);
    expect(report.checkedFailureMessages).toBeGreaterThan(0);
    expect(report.unhandledRejections).toBe(0);
    // Through the proxy: idle closes happened, so presses met closed connections and opened new ones.
    expect(report.idleCloses).toBeGreaterThan(0);
    expect(report.proxyConnections).toBeGreaterThan(report.idleCloses);
    expect(report.heapGrowth).not.toBeNull();
    expect(report.heapGrowth ?? 1).toBeLessThanOrEqual(0.1);
  }, 120_000);
});
