// Loaded only by the commands that talk to Xima, so `parse` never pays for undici and zod at start-up.
import { createXimaClient } from '../core/xima/client';
import { createNodeTransport } from './node-transport';
import type { XimaApi } from '../core/xima/types';
import type { ConnectionConfig } from './config';

export interface Connection {
  client: XimaApi;
  close(): Promise<void>;
}

export function connect(config: ConnectionConfig): Connection {
  // NODE_EXTRA_CA_CERTS is honoured by Node itself; no flag here widens trust.
  const transport = createNodeTransport({ timeoutMs: config.timeoutMs });
  const client = createXimaClient({
    baseUrl: config.baseUrl,
    extension: config.extension,
    token: config.token,
    transport,
    timeoutMs: config.timeoutMs,
  });
  return { client, close: () => transport.close() };
}
