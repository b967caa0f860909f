import type { Socket } from 'node:net';
import { buildConnector } from 'undici';

type Connect = buildConnector.connector;
type Target = buildConnector.Options;

export interface WarmConnector {
  /** undici's `connect` option: hands over the warmed socket when there is one, else opens a new one. */
  connect: Connect;
  /**
   * Opens DNS + TCP + TLS to `origin` without sending a request, unless a connection to it is already
   * open or opening. Settles once the connection is open or has failed; never rejects: a failure is
   * left for the next request to meet and report.
   */
  warm(origin: string): Promise<void>;
  /** Destroys a warmed socket nobody picked up. */
  close(): void;
}

const keyOf = (t: Pick<Target, 'protocol' | 'hostname' | 'port'>): string =>
  `${t.protocol}//${t.hostname}:${t.port}`;

/**
 * undici has no "open a connection now" call (its `connect()` is the HTTP CONNECT method, a request),
 * so warming happens one level down: at its connector. `warm` opens a spare socket with the same
 * connector (same TLS options, same session cache); when undici next needs a connection to that origin
 * it receives the spare, waiting for its handshake if it is still under way, so a press never opens a
 * second connection alongside the warming one.
 */
export function createWarmConnector(options: buildConnector.BuildOptions): WarmConnector {
  const open = buildConnector(options);
  const spares = new Map<string, Promise<Opened>>();
  const live = new Map<string, Set<Socket>>();
  let closed = false;

  const track = (key: string, socket: Socket): void => {
    let sockets = live.get(key);
    if (sockets === undefined) live.set(key, (sockets = new Set()));
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  const opening = (target: Target): Promise<Opened> =>
    new Promise((resolve) => open(target, (error, socket) => resolve(socket ? { socket } : { error })));

  const connect: Connect = (target, callback) => {
    const key = keyOf(target);
    const spare = spares.get(key);
    spares.delete(key);
    void (async () => {
      let opened = spare ? await spare : null;
      // A spare the server has since closed (idle) is no use: open a new one. A handshake that failed
      // while this request waited for it fails this request too, rather than waiting a second time.
      if (opened === null || ('socket' in opened && !isOpen(opened.socket))) opened = await opening(target);
      if ('error' in opened) return callback(opened.error, null);
      opened.socket.removeListener('error', ignore);
      track(key, opened.socket);
      callback(null, opened.socket);
    })();
  };

  return {
    connect,
    async warm(origin) {
      if (closed) return;
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return;
      }
      const target: Target = {
        protocol: url.protocol,
        hostname: url.hostname,
        host: url.host,
        port: url.port,
      };
      const key = keyOf(target);
      const pending = spares.get(key);
      if (pending !== undefined) return void (await pending);
      if ([...(live.get(key) ?? [])].some(isOpen)) return;
      const spare = opening(target).then((opened) => {
        if ('error' in opened) {
          // Left for the next press to meet afresh: the network may be back by then.
          if (spares.get(key) === spare) spares.delete(key);
          return opened;
        }
        // Until undici takes it, an error (the server closing an idle spare) must not go unhandled.
        opened.socket.on('error', ignore);
        opened.socket.once('close', () => {
          if (spares.get(key) === spare) spares.delete(key);
        });
        return opened;
      });
      spares.set(key, spare);
      await spare;
    },
    close() {
      closed = true;
      for (const spare of spares.values())
        void spare.then((opened) => 'socket' in opened && opened.socket.destroy());
      spares.clear();
    },
  };
}

type Opened = { socket: Socket } | { error: Error };

const isOpen = (socket: Socket): boolean => !socket.destroyed && !socket.readableEnded;

function ignore(): void {}
