import { afterEach } from 'vitest';
import { createXimaClient } from '../../src/core/xima/client';
import { createNodeTransport, type NodeTransport } from '../../src/cli/node-transport';
import type { XimaApi, XimaClientConfig } from '../../src/core/xima/types';
import type { Simulator } from '../../src/simulator/index';

export type ClientFactory = (
  protocol: 'http' | 'https',
  overrides?: Partial<XimaClientConfig>,
  /** `trust: false` leaves the simulator's test certificate untrusted, like a stranger's. */
  options?: { trust?: boolean },
) => XimaApi;

/**
 * Clients of the simulator over HTTP or HTTPS (its test certificate trusted), each on its own Node
 * transport, all closed after each test. `defaults` apply before each call's overrides.
 */
export function useXimaClients(sim: () => Simulator, defaults: Partial<XimaClientConfig>): ClientFactory {
  const transports: NodeTransport[] = [];
  afterEach(async () => {
    await Promise.all(transports.splice(0).map((t) => t.close()));
  });
  return (protocol, overrides = {}, options = {}) => {
    const s = sim();
    const transport = createNodeTransport(options.trust === false ? {} : { ca: s.ca });
    transports.push(transport);
    return createXimaClient({
      baseUrl: protocol === 'https' ? (s.httpsBaseUrl ?? '') : s.baseUrl,
      extension: s.extension,
      token: s.token,
      transport,
      ...defaults,
      ...overrides,
    });
  };
}
