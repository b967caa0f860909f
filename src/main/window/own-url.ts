import { pathToFileURL } from 'node:url';

/**
 * Whether a URL is the app's own panel page: exactly the built `index.html`, or (development only)
 * the electron-vite dev server's origin. Query and hash are ignored (the renderer may route with them).
 */
export function ownUrlMatcher(
  rendererFile: string,
  devUrl: string | null,
  caseInsensitive = process.platform === 'win32',
): (url: string) => boolean {
  const file = pathToFileURL(rendererFile);
  // Node and Chromium percent-encode file paths slightly differently (spaces, parentheses), and Windows
  // paths are case-insensitive: compare the decoded paths.
  const canonical = (pathname: string): string => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return '\0invalid';
    }
    return caseInsensitive ? decoded.toLowerCase() : decoded;
  };
  const filePath = canonical(file.pathname);
  const dev = devUrl ? new URL(devUrl) : null;
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (dev) return parsed.origin === dev.origin && (dev.protocol === 'http:' || dev.protocol === 'https:');
    return (
      parsed.protocol === 'file:' && parsed.host === file.host && canonical(parsed.pathname) === filePath
    );
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
