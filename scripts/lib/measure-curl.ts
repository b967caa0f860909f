import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimulatorTarget } from './simulator-protocol';
import { numberFor } from './selections';
import { median } from './stats';

export interface CurlMeasurement {
  runs: number;
  p50: number;
  /** Runs where curl failed or Xima did not answer 204 (should be 0). */
  failed: number;
}

/** One `curl` process, timed from spawn to exit; resolves to [ms, ok]. */
function curlOnce(args: string[]): Promise<[number, boolean]> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn('curl', args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', () => resolve([performance.now() - start, false]));
    child.on('close', (code) => resolve([performance.now() - start, code === 0 && out.trim() === '204']));
  });
}

export interface CurlDialer {
  /** One dial as a new `curl` process to the simulator; resolves to [ms, ok]. */
  dial(index: number): Promise<[number, boolean]>;
  cleanup(): void;
}

/**
 * The same dial the way an agent would script it without the app: a new `curl` process per dial, so a
 * new TCP connection and TLS handshake every time. The CA and the Authorization header are read from
 * files in a private temp dir (`-H @file`), so the token is neither printed nor in the process list.
 */
export function createCurlDialer(simulator: SimulatorTarget): CurlDialer {
  const dir = mkdtempSync(join(tmpdir(), 'xima-bench-curl-'));
  const caFile = join(dir, 'ca.pem');
  const headerFile = join(dir, 'headers.txt');
  writeFileSync(caFile, simulator.ca, { mode: 0o600 });
  writeFileSync(headerFile, `Authorization: Bearer ${simulator.token}\n`, { mode: 0o600 });
  const path = `/rest/api/v1/agents/${simulator.extension}/click-to-dial`;
  return {
    dial(index) {
      const body = JSON.stringify({ numberToDial: numberFor(index).dial, useSelectedOutboundCallerId: true });
      return curlOnce([
        '-sS',
        '--cacert',
        caFile,
        '-X',
        'POST',
        '-H',
        `@${headerFile}`,
        '-H',
        'Content-Type: application/json',
        '-d',
        body,
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        simulator.httpsBaseUrl + path,
      ]);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function measureCurl(simulator: SimulatorTarget, runs: number): Promise<CurlMeasurement> {
  const curl = createCurlDialer(simulator);
  try {
    const samples: number[] = [];
    let failed = 0;
    for (let i = 0; i < runs; i += 1) {
      const [ms, ok] = await curl.dial(i);
      samples.push(ms);
      if (!ok) failed += 1;
    }
    return { runs, p50: median(samples), failed };
  } finally {
    curl.cleanup();
  }
}
