/**
 * Where requests go, checked before any token is sent. Shared by the settings form, the policy file
 * and the CLI so that every entry point refuses the same things with the same sentences.
 */

export type BaseUrlResult = { ok: true; url: string } | { ok: false; message: string };
type HostResult = { ok: true; host: string } | { ok: false; message: string };

const EXAMPLE = 'e.g. acme.xima.cloud';
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A tenant host as typed or pasted: bare FQDN, or `https://host/` which is cleaned to the host. */
export function normalizeHost(input: string): HostResult {
  let host = input.trim();
  if (host === '') return { ok: false, message: `Enter your Xima tenant host (${EXAMPLE})` };
  if (/\s/.test(host)) return { ok: false, message: `The tenant host cannot contain spaces (${EXAMPLE})` };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(host);
  if (scheme) {
    if (scheme[1]?.toLowerCase() !== 'https') {
      return { ok: false, message: `Xima is reached over HTTPS only: enter just the host (${EXAMPLE})` };
    }
    host = host.slice(scheme[0].length);
  }
  if (host.endsWith('/')) host = host.slice(0, -1);
  if (host.includes('@')) {
    return { ok: false, message: `Enter only the host, without a user name or password (${EXAMPLE})` };
  }
  if (/[/?#\\]/.test(host)) return { ok: false, message: `Enter only the host, without a path (${EXAMPLE})` };
  if (host.includes(':')) {
    return {
      ok: false,
      message: `Enter the host without a port: Xima always uses the standard HTTPS port (${EXAMPLE})`,
    };
  }
  host = host.toLowerCase().replace(/\.$/, '');
  const labels = host.split('.');
  const valid =
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => LABEL.test(l)) &&
    /[a-z]/.test(labels[labels.length - 1] ?? '');
  if (!valid)
    return { ok: false, message: `"${shorten(input.trim())}" is not a valid host name (${EXAMPLE})` };
  return { ok: true, host };
}

/** Null when the host is acceptable, else the sentence to show. */
export function validateHost(host: string): string | null {
  const result = normalizeHost(host);
  return result.ok ? null : result.message;
}

export { checkExtension as validateExtension } from '../../shared/settings-rules';

export function isLoopbackHostname(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * The base URL to use: `baseUrl` (a testing override: any port, plain `http://` only to loopback so
 * the token never crosses a network in clear text) wins over `host` (a bare tenant FQDN).
 */
export function resolveBaseUrl(input: { host?: string | null; baseUrl?: string | null }): BaseUrlResult {
  const override = input.baseUrl?.trim() ?? '';
  if (override !== '') return resolveOverride(override);
  const host = normalizeHost(input.host ?? '');
  return host.ok ? { ok: true, url: `https://${host.host}` } : host;
}

function resolveOverride(raw: string): BaseUrlResult {
  if (/\s/.test(raw)) return { ok: false, message: 'The base URL cannot contain spaces' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: `"${shorten(raw)}" is not a URL (e.g. https://acme.xima.cloud)` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The base URL must start with https://' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: 'The base URL must not contain a user name or password' };
  }
  if (
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== '' ||
    raw.endsWith('?') ||
    raw.endsWith('#')
  ) {
    return {
      ok: false,
      message: 'The base URL must not contain a path: give only the scheme, host and port',
    };
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    return {
      ok: false,
      message: 'Plain http:// is allowed only to this computer (localhost, 127.0.0.1, ::1): use https://',
    };
  }
  return { ok: true, url: url.origin };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
