import { normalizeHost } from '../xima/base-url';

/**
 * Host checks for the settings form, delegated to the Xima client's own rules so the app, the CLI,
 * the policy file and the client refuse exactly the same hosts with the same sentences.
 */
export type HostCheck = { ok: true; host: string } | { ok: false; message: string };

/** Accepts a bare FQDN or a pasted `https://acme.xima.cloud/`; refuses paths, ports, user info, spaces. */
export function checkHost(input: string): HostCheck {
  return normalizeHost(input);
}
