import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { waitUntil } from './wait-until';

export interface LatencyProxyOptions {
  /** Where the bytes go: the simulator's HTTPS port on loopback. */
  targetPort: number;
  /** Round trip of each new connection in ms; a function draws one per connection (the soak's random RTT). */
  rttMs: number | (() => number);
  /** Connections with no byte either way for this long are closed, as load balancers do (0: never). */
  idleCloseMs: number;
}

export interface LatencyProxy {
  port: number;
  /** Connections accepted, and those closed for being idle. */
  readonly connections: number;
  readonly idleCloses: number;
  close(): Promise<void>;
}

/**
 * A network in front of the simulator, on loopback: every byte is delayed by half a round trip each
 * way, and a new connection behaves like TCP's handshake (the client's first bytes can only leave one
 * round trip after it connected). So TLS adds its round trip on top, and a request on a fresh
 * connection reaches the server 2.5 round trips after the connect, one on a warm connection half a
 * round trip after it is written. Delays are per connection and keep the byte order.
 */
export async function startLatencyProxy(options: LatencyProxyOptions): Promise<LatencyProxy> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  let idleCloses = 0;

  // Half-open allowed: a FIN is relayed with the same delay as the bytes before it, not at once.
  const server = net.createServer({ noDelay: true, allowHalfOpen: true }, (client) => {
    connections += 1;
    const rtt = typeof options.rttMs === 'function' ? options.rttMs() : options.rttMs;
    const half = rtt / 2;
    const acceptedAt = performance.now();
    const upstream = net.connect({
      host: '127.0.0.1',
      port: options.targetPort,
      noDelay: true,
      allowHalfOpen: true,
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    let idleTimer: NodeJS.Timeout | null = null;
    const closeBoth = (): void => {
      if (idleTimer) clearTimeout(idleTimer);
      client.destroy();
      upstream.destroy();
    };
    const touch = (): void => {
      if (options.idleCloseMs <= 0) return;
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        idleCloses += 1;
        // A FIN to both sides, as a balancer closing an idle connection does; the client sees it close.
        client.end();
        upstream.end();
        setTimeout(closeBoth, half + 50).unref();
      }, options.idleCloseMs);
      idleTimer.unref();
    };
    touch();
    // Bytes (and the FIN) wait here until their time, in a queue per direction so they keep their order.
    const relay = (from: net.Socket, to: net.Socket, at: () => number): void => {
      let queue = Promise.resolve();
      const later = (deliver: () => void): void => {
        const due = at();
        queue = queue.then(() => waitUntil(due)).then(deliver);
      };
      from.on('data', (chunk: Buffer) => {
        touch();
        later(() => {
          if (!to.destroyed) to.write(chunk);
        });
      });
      from.on('end', () => later(() => to.end()));
    };
    relay(client, upstream, () => Math.max(performance.now(), acceptedAt + rtt) + half);
    relay(upstream, client, () => performance.now() + half);
    client.on('close', closeBoth);
    upstream.on('close', closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get connections() {
      return connections;
    },
    get idleCloses() {
      return idleCloses;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
