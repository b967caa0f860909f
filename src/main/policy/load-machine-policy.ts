import { posix } from 'node:path';
import { EMPTY_POLICY, parsePolicy, type Policy } from '../../core/policy';
import type { Logger, Platform } from '../ports';
import { decodePolicyBytes } from './decode';
import { policyFilePath } from './policy-path';

/** The two calls of node:fs this needs, so tests pass an in-memory file system (node's `fs` fits as is). */
export interface PolicyFs {
  readFileSync(path: string): Uint8Array;
  statSync(path: string): { mode: number; uid: number };
}

export interface LoadMachinePolicyDeps {
  platform: Platform;
  env: Record<string, string | undefined>;
  fs: PolicyFs;
  logger: Logger;
}

export interface MachinePolicy {
  policy: Policy;
  path: string;
  /** Sentences for the support log (and the admin): why the file was ignored, skipped entries, unsafe permissions. */
  messages: string[];
}

/**
 * Reads the machine-wide policy at its well-known path. Never throws: no file means no policy; a bad file is
 * ignored with a logged sentence. On macOS and Linux a file that non-administrators could rewrite still applies
 * its settings (an agent can change those anyway) but not its tenant host or update URL, which would let any local
 * user send every account's token, or every account's updater, to their own server.
 */
export function loadMachinePolicy(deps: LoadMachinePolicyDeps): MachinePolicy {
  const path = policyFilePath(deps.platform, deps.env);
  const messages: string[] = [];
  const done = (policy: Policy): MachinePolicy => {
    for (const message of messages) deps.logger.warn('policy.problem', { path, message });
    deps.logger.info('policy.loaded', {
      path,
      applied: policy !== EMPTY_POLICY,
      settings: Object.keys(policy.settings),
      locked: policy.locked,
      updates: policy.updateUrl !== null,
    });
    return { policy, path, messages };
  };

  let bytes: Uint8Array;
  try {
    bytes = deps.fs.readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return done(EMPTY_POLICY);
    messages.push(
      `The policy file ${path} could not be read (${code ?? 'unknown error'}), so no policy applies — ` +
        'make it readable by every user.',
    );
    return done(EMPTY_POLICY);
  }

  const verdict = parsePolicy(decodePolicyBytes(bytes));
  if (!verdict.ok) {
    messages.push(`${verdict.message} (${path})`);
    return done(EMPTY_POLICY);
  }
  messages.push(...verdict.warnings);
  let policy = verdict.policy;
  const unsafe = deps.platform === 'win32' ? null : writableByOthers(deps.fs, path);
  if (unsafe !== null) {
    const dropped = [
      policy.settings.host !== undefined ? 'tenant host' : null,
      policy.updateUrl !== null ? 'update URL' : null,
    ].filter((what) => what !== null);
    messages.push(
      `${unsafe}, so users who are not administrators could change it` +
        (dropped.length > 0
          ? ` — its ${dropped.join(' and ')} ${dropped.length > 1 ? 'are' : 'is'} ignored until it is fixed`
          : '') +
        `; run: sudo chown root ${path} && sudo chmod 644 ${path}`,
    );
    policy = withoutRedirects(policy);
  }
  return done(policy);
}

/**
 * The policy without the two entries that decide where traffic goes: the tenant host receives every agent's token
 * and the update URL supplies the code they run, so neither may come from a file any local user could have planted.
 * The rest applies — an agent may change those settings anyway.
 */
function withoutRedirects(policy: Policy): Policy {
  if (policy.settings.host === undefined && policy.updateUrl === null) return policy;
  const { host: _host, ...settings } = policy.settings;
  return {
    ...policy,
    settings,
    locked: policy.locked.filter((key) => key !== 'host'),
    updateUrl: null,
  };
}

/** A sentence when the file or its folder can be written by someone other than root (POSIX mode bits). */
function writableByOthers(fs: PolicyFs, path: string): string | null {
  for (const [target, what] of [
    [path, 'The policy file'],
    [posix.dirname(path), 'The policy folder'],
  ] as const) {
    let stat: { mode: number; uid: number };
    try {
      stat = fs.statSync(target);
    } catch {
      continue;
    }
    if ((stat.mode & 0o022) !== 0) return `${what} ${target} is writable by group or others`;
    if (stat.uid !== 0) return `${what} ${target} is not owned by root`;
  }
  return null;
}
