/**
 * Host checks for the settings form.
 * TODO(xima client): delegate to `validateHost` from src/core/xima once it lands, so the app,
 * the CLI and the client refuse exactly the same hosts.
 */
export type HostCheck = { ok: true; host: string } | { ok: false; message: string };

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Accepts a bare FQDN or a pasted `https://acme.xima.cloud/`; refuses paths, ports, user info, spaces. */
export function checkHost(input: string): HostCheck {
  let host = input.trim();
  if (/^https:\/\//i.test(host)) host = host.slice('https://'.length);
  if (host.endsWith('/')) host = host.slice(0, -1);
  host = host.toLowerCase();
  const refuse = (why: string): HostCheck => ({
    ok: false,
    message: `${why} — enter just your tenant's host name, like acme.xima.cloud.`,
  });
  if (host === '') return refuse('The host is empty');
  if (/\s/.test(host)) return refuse('The host has spaces in it');
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) return refuse('Only https:// addresses are allowed');
  if (host.includes('@')) return refuse('The host must not contain a user name');
  if (host.includes('/') || host.includes('?') || host.includes('#'))
    return refuse('The host must not contain a path');
  if (host.includes(':')) return refuse('The host must not contain a port');
  if (host.length > 253) return refuse('The host is too long');
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) {
    return refuse(`“${input.trim().slice(0, 80)}” is not a valid host name`);
  }
  return { ok: true, host };
}
