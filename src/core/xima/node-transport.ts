import { Agent } from 'undici';
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
 * Node's transport for the CLI, tests and benchmark: undici's dispatcher API (`agent.request`) over one
 * keep-alive agent, so consecutive requests reuse one warm connection and a dial costs one round trip.
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
  // A warm-up still waiting for its answer holds the only connection; a real request must not queue
  // behind it (a tenant or proxy that never answers HEAD would stall every dial), so it is dropped.
  let warming: AbortController | null = null;
  // undici's dispatcher API rather than its WHATWG fetch: fetch builds Request/Response objects and web
  // streams for every call, and the garbage they leave made the benchmark's p99 a garbage-collection
  // pause. The client needs only status, headers and the body text, and keeps its own deadline.
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    warming?.abort();
    const answer = await agent.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: (init.method ?? 'GET') as 'GET',
      headers: plainHeaders(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal ?? undefined,
    });
    return leanResponse(answer.statusCode, answer.headers, answer.body);
  };
  return {
    fetch,
    async preconnect(origin) {
      const controller = new AbortController();
      warming = controller;
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
          signal: controller.signal,
        });
        await response.body.dump();
      } catch {
        // Best effort: the answer (or its absence) does not matter, only the open connection.
      } finally {
        if (warming === controller) warming = null;
      }
    },
    async close() {
      await agent.destroy();
    },
  };
}

function plainHeaders(headers: RequestInit['headers']): Record<string, string> {
  if (headers === undefined) return {};
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(new Headers(headers));
  return headers as Record<string, string>;
}

type Body = { text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> };

/** The part of `Response` the Xima client reads. */
function leanResponse(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  body: Body,
): Response {
  const lean = {
    status,
    ok: status >= 200 && status < 300,
    type: 'basic',
    headers: {
      get(name: string): string | null {
        const value = headers[name.toLowerCase()];
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(', ') : value;
      },
    },
    text: () => body.text(),
    arrayBuffer: () => body.arrayBuffer(),
  };
  return lean as unknown as Response;
}
