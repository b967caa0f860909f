import { createDialPipeline, type DialOutcome, type DialPipeline, type DialPlan } from '../../src/core/dial';
import { DEFAULT_PHONE_OPTIONS } from '../../src/core/phone';
import { createXimaClient, type XimaApi } from '../../src/core/xima';
import { createNodeTransport, type NodeTransport } from '../../src/core/xima/node-transport';
import { startSimulator, type Simulator, type SimulatorSeed } from '../../src/simulator/index';

export interface HttpsDialerOptions {
  /** Whole-exchange deadline for the client; short in soak runs so hangs cost little. */
  timeoutMs?: number;
  seed?: SimulatorSeed;
}

export interface HttpsDialer {
  simulator: Simulator;
  client: XimaApi;
  pipeline: DialPipeline;
  transport: NodeTransport;
  /** The pipeline's injected clock: moving it past the repeat window costs no real time. */
  clock: { now(): number; advance(ms: number): void };
  /** POSTs the pipeline handed to the transport (its `onSent` hook), counted on the client side. */
  readonly sent: number;
  /** Highlighted text → understood → POST answered, exactly as the app's hotkey does it. */
  dial(text: string): Promise<DialOutcome>;
  close(): Promise<void>;
}

const PLAN: DialPlan = { callerIdMode: 'selected', fixedCallerId: null, externalPrefix: '' };

/**
 * The app's own dial path against the simulator over HTTPS on loopback: the core dial pipeline and
 * `createXimaClient` over the undici keep-alive transport (what the CLI and Node use; the Electron app
 * swaps in `net.fetch`). Shared by the benchmark, the soak script and the tests.
 */
export async function startHttpsDialer(options: HttpsDialerOptions = {}): Promise<HttpsDialer> {
  const simulator = await startSimulator({ https: true, ...(options.seed ? { seed: options.seed } : {}) });
  const httpsBaseUrl = simulator.httpsBaseUrl;
  if (httpsBaseUrl === null) throw new Error('the simulator did not start HTTPS');
  const transport = createNodeTransport({ ca: simulator.ca });
  const client = createXimaClient({
    baseUrl: httpsBaseUrl,
    extension: simulator.extension,
    token: simulator.token,
    transport,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  let now = Date.UTC(2026, 10, 21, 9, 0, 0);
  const clock = { now: () => now, advance: (ms: number) => void (now += ms) };
  const pipeline = createDialPipeline({ now: clock.now });
  let sent = 0;
  return {
    simulator,
    client,
    pipeline,
    transport,
    clock,
    get sent() {
      return sent;
    },
    dial: (text) =>
      pipeline.dialText(text, DEFAULT_PHONE_OPTIONS, {
        api: client,
        plan: PLAN,
        selectedCallerId: null,
        onSent: () => void (sent += 1),
      }),
    async close() {
      await transport.close();
      await simulator.close();
    },
  };
}
