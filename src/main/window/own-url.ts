import { PANEL_URL } from './panel-scheme';

/**
 * Whether a URL is the app's own panel page: exactly `app://panel/index.html` (never a file:// page), or
 * (development only) the electron-vite dev server's origin. Query and hash are ignored (the renderer
 * may route with them).
 */
export function ownUrlMatcher(devUrl: string | null): (url: string) => boolean {
  const own = new URL(PANEL_URL);
  const dev = devUrl ? new URL(devUrl) : null;
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (dev) return parsed.origin === dev.origin && (dev.protocol === 'http:' || dev.protocol === 'https:');
    return parsed.protocol === own.protocol && parsed.host === own.host && parsed.pathname === own.pathname;
  };
}

/** ELECTRON_RENDERER_URL is honoured only in an unpackaged app and only on loopback. */
export function devRendererUrl(
  env: { ELECTRON_RENDERER_URL?: string | undefined },
  packaged: boolean,
): string | null {
  const raw = env.ELECTRON_RENDERER_URL;
  if (packaged || !raw) return null;
  try {
    const url = new URL(raw);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return loopback && (url.protocol === 'http:' || url.protocol === 'https:') ? url.toString() : null;
  } catch {
    return null;
  }
}
