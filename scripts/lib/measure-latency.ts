import { setTimeout as sleep } from 'node:timers/promises';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { startSimulator } from '../../src/simulator/index';
import { createHttpsDialer } from './https-dialer';
import { startLatencyProxy } from './latency-proxy';
import { createCurlDialer } from './measure-curl';
import { selectionFor } from './selections';
import { median } from './stats';
import { waitUntil } from './wait-until';

export interface LatencyOptions {
  /** Round trip the proxy adds (default 40 ms). */
  rttMs: number;
  /** The capture stand-in's delay: a simulated copy (default 80 ms); 0 is Linux's PRIMARY. */
  captureMs: number;
  /** The proxy closes connections idle this long (a balancer's idle timeout, shortened). */
  idleCloseMs: number;
  /** Presses per case. */
  samples: number;
  /** Unmeasured presses first, so the dial path is compiled as in the app's all-day process. */
  warmUpPresses: number;
}

/** Medians of press → POST received by the server, in ms, all from one run. */
export interface LatencyMeasurement {
  rttMs: number;
  captureMs: number;
  /** The physical floor: the capture delay, then one byte half a round trip away. */
  floorMs: number;
  /** The same floor with no capture delay (half a round trip). */
  floorNoCaptureMs: number;
  /** The connection is open (a dial a moment ago). */
  warmMs: number;
  /** The balancer closed the idle connection; the connection opens after the capture (before this change). */
  coldMs: number;
  /** Closed connection, warm on intent: the handshake runs during the capture. */
  coldWarmedMs: number;
  /** Closed connection, warm on intent, no capture delay: nothing to hide the handshake behind. */
  coldNoCaptureMs: number;
  /** The same capture delay, then `curl` per dial through the same proxy. */
  curlProxyMs: number;
  /** Presses that did not find the connection in the state their case says (cold: none open; warm: one). */
  mislabelled: number;
  /** Presses that did not end in a placed call, or curl runs without a 204. */
  failed: number;
}

/** The capture stand-in: a simulated copy takes `ms`; PRIMARY (0) still answers asynchronously. */
const capture = (ms: number): Promise<void> =>
  ms > 0 ? waitUntil(performance.now() + ms) : new Promise((resolve) => setImmediate(resolve));

/** A loopback TCP server that resolves the next byte's arrival time. */
async function startSink(): Promise<{ port: number; next(): Promise<number>; close(): Promise<void> }> {
  let waiting: ((at: number) => void) | null = null;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => waiting?.(performance.now()));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    next: () => new Promise((resolve) => (waiting = resolve)),
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * What an agent meets, measured in one run on loopback: the simulator over HTTPS behind a proxy that
 * adds the round trip and closes idle connections, a capture stand-in, and the app's own dial path
 * (pipeline, client, Node transport with warm on intent) against curl through the same proxy.
 */
export async function measureLatency(options: LatencyOptions): Promise<LatencyMeasurement> {
  let posted: ((at: number) => void) | null = null;
  const simulator = await startSimulator({
    https: true,
    onRequest: (request) => {
      if (request.method === 'POST') posted?.(performance.now());
    },
  });
  const proxyOptions = { rttMs: options.rttMs, idleCloseMs: options.idleCloseMs };
  const proxy = await startLatencyProxy({
    ...proxyOptions,
    targetPort: Number(new URL(simulator.httpsBaseUrl ?? '').port),
  });
  const sink = await startSink();
  const sinkProxy = await startLatencyProxy({ ...proxyOptions, targetPort: sink.port });
  const target = {
    httpsBaseUrl: `https://127.0.0.1:${proxy.port}`,
    ca: simulator.ca,
    token: simulator.token,
    extension: simulator.extension,
  };
  const dialer = createHttpsDialer(target);
  const curl = createCurlDialer(target);
  let index = 0;
  let mislabelled = 0;
  let failed = 0;
  const nextPost = (): Promise<number> => new Promise((resolve) => (posted = resolve));
  // Long enough for the proxy's idle close to reach the client (its FIN travels half a round trip).
  const waitForIdleClose = () => sleep(options.idleCloseMs + options.rttMs + 50);

  /** One press as the app handles it: [warm on intent], capture, understand, POST. */
  const press = async (warmOnIntent: boolean, captureMs: number): Promise<number> => {
    const text = selectionFor((index += 1));
    const received = nextPost();
    const start = performance.now();
    if (warmOnIntent) void dialer.client.warmUp();
    await capture(captureMs);
    const outcome = dialer.dial(text);
    // A POST the proxy's idle close swallowed never arrives: the dial's own answer ends the wait.
    const at = await Promise.race([received, outcome.then(() => NaN)]);
    if ((await outcome).kind !== 'placed' || Number.isNaN(at)) failed += 1;
    return at - start;
  };

  const cold = async (warmOnIntent: boolean, captureMs: number): Promise<number> => {
    await waitForIdleClose();
    const before = proxy.connections;
    const ms = await press(warmOnIntent, captureMs);
    if (proxy.connections !== before + 1) mislabelled += 1;
    return ms;
  };

  const warm = async (): Promise<number> => {
    await press(true, 0);
    const before = proxy.connections;
    const ms = await press(true, options.captureMs);
    if (proxy.connections !== before) mislabelled += 1;
    return ms;
  };

  const floor = async (captureMs: number): Promise<number> => {
    const socket = net.connect({ host: '127.0.0.1', port: sinkProxy.port, noDelay: true });
    await new Promise((resolve) => socket.once('connect', resolve));
    // Past the modelled TCP handshake: the first byte waits for it, later ones only for the network.
    const primed = sink.next();
    socket.write('.');
    await primed;
    const arrived = sink.next();
    const start = performance.now();
    await capture(captureMs);
    socket.write('.');
    const ms = (await arrived) - start;
    socket.destroy();
    return ms;
  };

  const curlPress = async (): Promise<number> => {
    const received = nextPost();
    const start = performance.now();
    await capture(options.captureMs);
    const run = curl.dial((index += 1));
    const at = await Promise.race([received, run.then(() => NaN)]);
    if (!(await run)[1] || Number.isNaN(at)) failed += 1;
    return at - start;
  };

  const cases = {
    floor: () => floor(options.captureMs),
    floorNoCapture: () => floor(0),
    warm,
    cold: () => cold(false, options.captureMs),
    coldWarmed: () => cold(true, options.captureMs),
    coldNoCapture: () => cold(true, 0),
    curl: curlPress,
  };
  const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, [] as number[]])) as Record<
    keyof typeof cases,
    number[]
  >;
  try {
    // The dial path compiled (the app's process lives all day), and curl's binary in the page cache.
    for (let i = 0; i < options.warmUpPresses; i += 1) await press(true, 0);
    await curlPress();
    failed = 0;
    // Interleaved, so a burst of load on a shared machine touches every case alike.
    for (let i = 0; i < options.samples; i += 1) {
      for (const [name, run] of Object.entries(cases)) {
        const ms = await run();
        // A press whose POST never arrived is counted in `failed`, not timed.
        if (Number.isFinite(ms)) samples[name as keyof typeof cases].push(ms);
      }
    }
  } finally {
    curl.cleanup();
    await dialer.close();
    await Promise.all([proxy.close(), sinkProxy.close(), sink.close()]);
    await simulator.close();
  }
  return {
    rttMs: options.rttMs,
    captureMs: options.captureMs,
    floorMs: median(samples.floor),
    floorNoCaptureMs: median(samples.floorNoCapture),
    warmMs: median(samples.warm),
    coldMs: median(samples.cold),
    coldWarmedMs: median(samples.coldWarmed),
    coldNoCaptureMs: median(samples.coldNoCapture),
    curlProxyMs: median(samples.curl),
    mislabelled,
    failed,
  };
}
