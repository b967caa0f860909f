import { isRedirect, RedirectRefused, type FetchLike, type XimaTransport } from '../../core/xima';

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
 * another host, and a dial POST must never be replayed). `manual` rather than `error`: Chromium's
 * `error` rejects like a lost connection, and the agent would be told the call may have started;
 * `manual` hands the redirect back unfollowed, and it is reported as one (`RedirectRefused`).
 * `session.preconnect` opens DNS + TCP + TLS ahead of time on the same session, so the next dial
 * costs one round trip.
 */
export function createElectronTransport(net: NetLike, session: PreconnectSession): XimaTransport {
  const fetch: FetchLike = async (input, init) => {
    const response = await net.fetch(input, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
    });
    if (!isRedirect(response)) return response;
    await response.body?.cancel().catch(() => undefined);
    // An opaque redirect (the Fetch standard's form of `manual`) hides its status as 0.
    throw new RedirectRefused(response.status === 0 ? null : response.status);
  };
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
