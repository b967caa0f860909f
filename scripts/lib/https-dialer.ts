import {
  createDialPipeline,
  REPEAT_WINDOW_MS,
  type DialOutcome,
  type DialPipeline,
  type DialPlan,
} from '../../src/core/dial';
import { DEFAULT_PHONE_OPTIONS } from '../../src/core/phone';
import { createXimaClient, type XimaApi } from '../../src/core/xima';
import { createNodeTransport, type NodeTransport } from '../../src/cli/node-transport';
import type { SimulatorTarget } from './simulator-protocol';

export interface HttpsDialer {
  client: XimaApi;
  pipeline: DialPipeline;
  /** POSTs the pipeline handed to the transport (its `onSent` hook), counted on the client side. */
  readonly sent: number;
  /**
   * Highlighted text → understood → POST answered, exactly as the app's hotkey does it. Each dial is a
   * press of its own: the pipeline's clock first moves past the repeat window (no real time passes).
   */
  dial(text: string): Promise<DialOutcome>;
  close(): Promise<void>;
}

const PLAN: DialPlan = {
  callerIdMode: 'selected',
  fixedCallerId: null,
  externalPrefix: '',
  defaultCountry: 'US',
};

/**
 * The app's own dial path to a simulator over HTTPS: the core dial pipeline and `createXimaClient` over
 * the undici keep-alive transport (what the CLI and Node use; the Electron app swaps in `net.fetch`).
 * `timeoutMs` is the client's whole-exchange deadline (short in soak runs, so hangs cost little).
 */
export function createHttpsDialer(target: SimulatorTarget, timeoutMs?: number): HttpsDialer {
  const transport: NodeTransport = createNodeTransport({ ca: target.ca });
  const client = createXimaClient({
    baseUrl: target.httpsBaseUrl,
    extension: target.extension,
    token: target.token,
    transport,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  let now = Date.UTC(2026, 10, 21, 9, 0, 0);
  const pipeline = createDialPipeline({ now: () => now });
  let sent = 0;
  return {
    client,
    pipeline,
    get sent() {
      return sent;
    },
    dial: (text) => {
      now += REPEAT_WINDOW_MS + 1;
      return pipeline.dialText(text, DEFAULT_PHONE_OPTIONS, {
        api: client,
        plan: PLAN,
        selectedCallerId: null,
        onSent: () => void (sent += 1),
      });
    },
    close: () => transport.close(),
  };
}
