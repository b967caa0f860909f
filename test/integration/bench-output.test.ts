import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../src/simulator/state';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run bench -- --json` is read by people and scripts: its last line must stay one JSON object with
 * the fields issue 7 names. A quick run keeps this cheap; its figures are not meaningful, only its shape.
 */
describe('npm run bench --json', () => {
  it('ends with one JSON line carrying every promised field, and never prints the token', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--json', '--quick'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const last = JSON.parse(lines.at(-1) ?? '') as Record<string, unknown>;
    for (const field of [
      'dials',
      'dial_p50_ms',
      'dial_p99_ms',
      'connections',
      'naive_p50_ms',
      'speedup',
      'extract_64k_ms',
      'cli_parse_cold_ms',
      'dial_cpu_ms',
      'rtt_ms',
      'capture_ms',
      'floor_ms',
      'warm_ms',
      'cold_ms',
      'cold_warmed_ms',
      'cold_nocapture_ms',
      'curl_proxy_ms',
    ]) {
      expect(typeof last[field], field).toBe('number');
    }
    expect(last.dials).toBe(10);
    expect(last.connections).toBe(1);
    // The latency model ran with its defaults; its floor is at least the capture and half the round trip.
    expect(last).toMatchObject({ rtt_ms: 40, capture_ms: 80 });
    expect(last.floor_ms as number).toBeGreaterThanOrEqual(80 + 20);
    expect(run.stdout + run.stderr).not.toContain(DEMO_TOKEN);
  }, 120_000);
});
