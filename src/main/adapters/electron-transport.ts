import type { FetchLike, XimaTransport } from '../../core/xima';

/** Node's RequestInit typing lacks `cache`, which Chromium's fetch honours. */
export type NetRequestInit = RequestInit & { cache?: 'no-store' };

export interface NetLike {
  fetch(input: string, init?: NetRequestInit): Promise<Response>;
}

export interface PreconnectSession {
  preconnect(options: { url: string; numSockets?: number }): void;
}

/**
 * The app's HTTP: Chromium's network stack through `net.fetch` (system proxy, PAC, OS certificate
 * store), with no cookies or cache, and no redirects (a redirect could carry the bearer token to
 * another host, and a dial POST must never be replayed). `session.preconnect` opens DNS + TCP + TLS
 * ahead of time on the same session, so the next dial costs one round trip.
 */
export function createElectronTransport(net: NetLike, session: PreconnectSession): XimaTransport {
  const fetch: FetchLike = (input, init) =>
    net.fetch(input, { ...init, credentials: 'omit', cache: 'no-store', redirect: 'error' });
  return {
    fetch,
    async preconnect(origin) {
      try {
        session.preconnect({ url: origin, numSockets: 1 });
      } catch {
        // Best effort: the next request opens the connection itself.
      }
    },
  };
}
