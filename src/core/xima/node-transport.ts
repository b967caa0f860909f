import { Agent, fetch as undiciFetch } from 'undici';
import type { FetchLike, XimaTransport } from './types';

export interface NodeTransport extends XimaTransport {
  preconnect(origin: string): Promise<void>;
  /** Closes the kept-alive connections; requests still in flight are aborted. */
  close(): Promise<void>;
}

export interface NodeTransportOptions {
  /** Extra PEM to trust instead of the system roots (the simulator's test certificate). */
  ca?: string;
  /** Deadline for opening a connection (DNS + TCP + TLS), default 10 000 ms. */
  timeoutMs?: number;
}

/**
 * Node's transport for the CLI, tests and benchmark: undici's fetch over one keep-alive agent, so
 * consecutive requests reuse one warm connection and a dial costs one round trip.
 */
export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const agent = new Agent({
    // One connection per origin: with more, undici sometimes opens a second socket for a request
    // sent right after the previous answer, before the first socket is marked idle. Requests queue
    // instead, which is what an agent pressing a hotkey wants: every dial on the warm connection.
    connections: 1,
    keepAliveTimeout: 60_000,
    keepAliveMaxTimeout: 600_000,
    connect: { timeout: timeoutMs, ...(options.ca ? { ca: options.ca } : {}) },
  });
  const fetch: FetchLike = (input, init) =>
    undiciFetch(input, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher: agent,
    }) as unknown as Promise<Response>;
  return {
    fetch,
    async preconnect(origin) {
      try {
        // undici closes the socket after a HEAD unless told otherwise (`reset: false`), and through
        // fetch it cannot be told: use the dispatcher API so the opened connection stays warm.
        const response = await agent.request({
          origin,
          path: '/',
          method: 'HEAD',
          reset: false,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        await response.body.dump();
      } catch {
        // Best effort: the answer (or its absence) does not matter, only the open connection.
      }
    },
    async close() {
      await agent.destroy();
    },
  };
}
