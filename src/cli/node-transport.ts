import { Agent } from 'undici';
import type { FetchLike, XimaTransport } from '../core/xima/types';
import { isRedirect, RedirectRefused } from '../core/xima/redirect-refused';
import { createWarmConnector } from './warm-connector';

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
 * Node's transport for the CLI, tests and benchmark (the app uses Chromium's, see
 * src/main/adapters/electron-transport.ts): undici's dispatcher API (`agent.request`) over one
 * keep-alive agent, so consecutive requests reuse one warm connection and a dial costs one round trip.
 * `preconnect` opens TCP + TLS without sending anything; the next request picks that socket up.
 */
export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const connector = createWarmConnector({
    timeout: options.timeoutMs ?? 10_000,
    ...(options.ca ? { ca: options.ca } : {}),
  });
  const agent = new Agent({
    // One connection per origin: with more, undici sometimes opens a second socket for a request
    // sent right after the previous answer, before the first socket is marked idle. Requests queue
    // instead, which is what an agent pressing a hotkey wants: every dial on the warm connection.
    connections: 1,
    keepAliveTimeout: 60_000,
    keepAliveMaxTimeout: 600_000,
    connect: connector.connect,
  });
  // undici's dispatcher API rather than its WHATWG fetch: fetch builds Request/Response objects and web
  // streams for every call, and the garbage they leave made the benchmark's p99 a garbage-collection
  // pause. The client needs only status, headers and the body (read chunk by chunk), and keeps its own deadline.
  // The dispatcher never follows a redirect; it is reported as `RedirectRefused`.
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    const answer = await agent.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: (init.method ?? 'GET') as 'GET',
      headers: plainHeaders(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal ?? undefined,
    });
    if (isRedirect({ status: answer.statusCode })) {
      await answer.body.dump().catch(() => undefined);
      throw new RedirectRefused(answer.statusCode);
    }
    return leanResponse(answer.statusCode, answer.headers, answer.body);
  };
  return {
    fetch,
    preconnect: (origin) => connector.warm(origin),
    async close() {
      connector.close();
      await agent.destroy();
    },
  };
}

function plainHeaders(headers: RequestInit['headers']): Record<string, string> {
  if (headers === undefined) return {};
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(new Headers(headers));
  return headers as Record<string, string>;
}

/** undici's body: a Node readable, so the client can read it chunk by chunk and stop. */
type Body = AsyncIterable<Uint8Array> & { text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> };

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
    body,
    text: () => body.text(),
    arrayBuffer: () => body.arrayBuffer(),
  };
  return lean as unknown as Response;
}
