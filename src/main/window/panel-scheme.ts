import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './secure-options';

/**
 * The panel is served from `app://panel/…`, a privileged custom scheme, not from file://: a file:// page
 * may read other local files, and with the GrantFileProtocolExtraPrivileges fuse off it gets no more than
 * any page. Only files under the built renderer folder are served.
 */
export const PANEL_SCHEME = 'app';
export const PANEL_HOST = 'panel';
export const PANEL_URL = `${PANEL_SCHEME}://${PANEL_HOST}/index.html`;

/** Registered before `ready`: a standard, secure origin of its own ('self' in the CSP means it). */
export const PANEL_SCHEME_PRIVILEGES = {
  scheme: PANEL_SCHEME,
  privileges: { standard: true, secure: true },
};

/** What the built renderer contains; anything else is not served. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The file an `app://panel/…` URL names under `root`, or null when it names anything outside it. */
export function panelFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${PANEL_SCHEME}:` || parsed.host !== PANEL_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // `..` is already folded by the URL parser; an encoded one (%2e%2e, %2f) is caught here.
  const file = resolve(root, `.${path}`);
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/**
 * The `protocol.handle` handler: the file with its type and the panel's CSP (a custom scheme's answers may
 * not pass through `webRequest`, so the policy travels with them), or 404 for anything else.
 */
export function createPanelProtocolHandler(
  root: string,
  readFile: (path: string) => Promise<Uint8Array>,
): (request: { url: string }) => Promise<Response> {
  const notFound = (): Response => new Response('Not found', { status: 404 });
  return async (request) => {
    const file = panelFile(request.url, resolve(root));
    const type = file ? MIME_TYPES[extname(file).toLowerCase()] : undefined;
    if (!file || !type) return notFound();
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: { 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return notFound();
    }
  };
}
