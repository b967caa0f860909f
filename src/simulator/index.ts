import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { FailureScripts, type SimFailure, type SimRoute } from './failures';
import { handle, routeOf, type RouteAnswer } from './routes';
import { DEMO_EXTENSION, demoSeed, SimulatorState, type SimulatorSeed } from './state';
import { TEST_ONLY_LOOPBACK_CERT_PEM, TEST_ONLY_LOOPBACK_KEY_PEM } from './test-only-certificate';

export type { SimFailure, SimRoute } from './failures';
export type { PlacedCall, QueuedCallback, SimAgent, SimCallerId, SimulatorSeed, TokenInfo } from './state';
export { DEMO_EXTENSION, DEMO_TOKEN, demoSeed, SimulatorState } from './state';

export interface SimulatorOptions {
  /** Also serve HTTPS with the embedded loopback test certificate (default true). */
  https?: boolean;
  /** Ports; 0 (default) picks free ones. */
  httpPort?: number;
  httpsPort?: number;
  /** Initial tenant data (default: the demo tenant, see `demoSeed`). */
  seed?: SimulatorSeed;
  /** Called the moment each request has fully arrived (the benchmark times press → POST received). */
  onRequest?: (request: LoggedRequest) => void;
}

export interface LoggedRequest {
  method: string;
  path: string;
  protocol: 'http' | 'https';
  /** Request headers; `authorization` is replaced by `Bearer [redacted]` so logs never hold a token. */
  headers: Record<string, string>;
  /** The parsed JSON body, the raw text when it was not JSON, or null when empty. */
  body: unknown;
  /** The answered status; null while pending, or when the request hung or was dropped. */
  status: number | null;
  /** `hung` also covers a stalled body (headers sent, body never finished). */
  outcome: 'pending' | 'answered' | 'hung' | 'dropped';
  /** For a `huge-body` answer: how many body bytes were written before the client stopped reading. */
  bodyBytesSent?: number;
}

export interface Simulator {
  /** `http://127.0.0.1:<port>`: what demo mode and most tests use. */
  baseUrl: string;
  /** `https://127.0.0.1:<port>` (the certificate also names localhost and ::1), or null if off. */
  httpsBaseUrl: string | null;
  /** The PEM to trust for `httpsBaseUrl` (test-only, loopback-only). */
  ca: string;
  /** The seeded token and agent extension. */
  token: string;
  extension: string;
  state: SimulatorState;
  requests: LoggedRequest[];
  /** TCP connections accepted since start (or the last `reset`), HTTP and HTTPS together. */
  readonly connections: number;
  script(route: SimRoute, failure: SimFailure): void;
  clearScripts(): void;
  /** Restores the seed state, clears scripts, the request log and the connection count. */
  reset(): void;
  close(): Promise<void>;
}

const KEEP_ALIVE_MS = 65_000;
const MAX_BODY_BYTES = 1024 * 1024;

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? demoSeed();
  const state = new SimulatorState(seed);
  const scripts = new FailureScripts();
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let connections = 0;

  const onConnection = (socket: Socket): void => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };

  const listener = (protocol: 'http' | 'https') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Xima's bodies are tiny; a huge one is refused rather than buffered.
      if (size > MAX_BODY_BYTES) {
        send(
          res,
          { status: 413, body: { error: 'Request body too large.' }, effect: null },
          { connection: 'close' },
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const method = req.method ?? 'GET';
      const entry: LoggedRequest = {
        method,
        path,
        protocol,
        headers: redactedHeaders(req.headers),
        body: parseBody(rawBody),
        status: null,
        outcome: 'pending',
      };
      requests.push(entry);
      options.onRequest?.(entry);
      const route = routeOf(method, path);
      const decision = route ? scripts.decide(route) : { kind: 'normal' as const };
      const respond = (a: RouteAnswer): void => {
        entry.status = a.status;
        entry.outcome = 'answered';
        a.effect?.();
        send(res, a);
      };
      const call = {
        method,
        path,
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        rawBody,
      };
      const normal = (): RouteAnswer => {
        try {
          return handle(call, state);
        } catch {
          return { status: 500, body: { error: 'Simulator failure.' }, effect: null };
        }
      };
      switch (decision.kind) {
        case 'normal':
          return respond(normal());
        case 'status':
          entry.status = decision.status;
          entry.outcome = 'answered';
          return send(
            res,
            { status: decision.status, body: decision.body, effect: null },
            decision.retryAfter ? { 'retry-after': decision.retryAfter } : {},
          );
        case 'delay': {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed) respond(normal());
            else normal().effect?.();
          }, decision.ms);
          timers.add(timer);
          return;
        }
        case 'stall':
          entry.status = decision.status;
          entry.outcome = 'hung';
          // Promise a body that never fully arrives: only a deadline covering the body ends this.
          res.writeHead(decision.status, { 'content-type': 'application/json', 'content-length': 1000 });
          res.write('{"selectedOutboundCallerId":');
          return;
        case 'huge-body':
          entry.status = decision.status;
          entry.outcome = 'answered';
          entry.bodyBytesSent = 0;
          void sendHugeBody(res, decision, (bytes) => {
            entry.bodyBytesSent = bytes;
          });
          return;
        case 'many-caller-ids':
          entry.status = 200;
          entry.outcome = 'answered';
          return send(res, { status: 200, body: manyCallerIds(decision.count), effect: null });
        case 'hang':
        case 'drop': {
          entry.outcome = decision.kind === 'hang' ? 'hung' : 'dropped';
          if (decision.effect) {
            const a = normal();
            a.effect?.();
          }
          if (decision.kind === 'drop') req.socket.destroy();
          return;
        }
      }
    });
  };

  const httpServer = http.createServer({ keepAliveTimeout: KEEP_ALIVE_MS }, listener('http'));
  httpServer.on('connection', onConnection);
  const httpPort = await listen(httpServer, options.httpPort ?? 0);

  let httpsServer: https.Server | null = null;
  let httpsPort = 0;
  if (options.https !== false) {
    httpsServer = https.createServer(
      { key: TEST_ONLY_LOOPBACK_KEY_PEM, cert: TEST_ONLY_LOOPBACK_CERT_PEM, keepAliveTimeout: KEEP_ALIVE_MS },
      listener('https'),
    );
    httpsServer.on('connection', onConnection);
    httpsPort = await listen(httpsServer, options.httpsPort ?? 0);
  }

  const firstAgent = seed.agents[0]?.extension ?? DEMO_EXTENSION;
  return {
    baseUrl: `http://127.0.0.1:${httpPort}`,
    httpsBaseUrl: httpsServer ? `https://127.0.0.1:${httpsPort}` : null,
    ca: TEST_ONLY_LOOPBACK_CERT_PEM,
    token: seed.token,
    extension: firstAgent,
    state,
    requests,
    get connections() {
      return connections;
    },
    script: (route, failure) => scripts.add(route, failure),
    clearScripts: () => scripts.clear(),
    reset() {
      // Delayed answers still pending belong to the previous test: drop them and their effects.
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      state.reset();
      scripts.clear();
      requests.length = 0;
      connections = 0;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        closeServer(httpServer),
        httpsServer ? closeServer(httpsServer) : Promise.resolve(),
      ]);
    },
  };
}

function send(res: http.ServerResponse, a: RouteAnswer, extra: Record<string, string> = {}): void {
  if (res.destroyed) return;
  if (a.status === 204 || a.body === null) {
    // An explicit zero length keeps the connection reusable after a body-less 200 (e.g. `HEAD /`).
    res.writeHead(a.status, a.status === 204 ? extra : { 'content-length': 0, ...extra });
    res.end();
    return;
  }
  const text = JSON.stringify(a.body);
  res.writeHead(a.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

const FILLER_CHUNK = 'x'.repeat(64 * 1024);

/** Writes a `bytes`-long JSON body only as fast as the client reads it, so a client that stops reading stops it. */
async function sendHugeBody(
  res: http.ServerResponse,
  { bytes, status, declared }: { bytes: number; status: number; declared: boolean },
  progress: (sent: number) => void,
): Promise<void> {
  const head = '{"padding":"';
  const tail = '"}';
  res.writeHead(status, {
    'content-type': 'application/json',
    ...(declared ? { 'content-length': bytes } : {}),
  });
  let sent = 0;
  const write = (text: string): Promise<boolean> => {
    sent += text.length;
    progress(sent);
    if (res.write(text)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (open: boolean) => () => {
        res.off('drain', onDrain);
        res.off('close', onClose);
        resolve(open);
      };
      const onDrain = done(true);
      const onClose = done(false);
      res.once('drain', onDrain);
      res.once('close', onClose);
    });
  };
  if (!(await write(head))) return;
  while (sent < bytes - tail.length && !res.destroyed) {
    const size = Math.min(FILLER_CHUNK.length, bytes - tail.length - sent);
    if (!(await write(FILLER_CHUNK.slice(0, size)))) return;
  }
  if (!res.destroyed) {
    sent += tail.length;
    progress(sent);
    res.end(tail);
  }
}

/** `count` caller IDs, each listed twice in a row, none selected. */
function manyCallerIds(count: number): unknown {
  const outboundCallerIds = Array.from({ length: count }, (_, i) => {
    const n = Math.floor(i / 2);
    return { label: `Line ${n}`, outboundCallerId: `801${String(n).padStart(7, '0')}` };
  });
  return { selectedOutboundCallerId: null, outboundCallerIds };
}

function redactedHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  if (out.authorization !== undefined) {
    out.authorization = out.authorization.startsWith('Bearer ') ? 'Bearer [redacted]' : '[redacted]';
  }
  return out;
}

function parseBody(raw: string): unknown {
  if (raw === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function listen(server: http.Server | https.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: http.Server | https.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
