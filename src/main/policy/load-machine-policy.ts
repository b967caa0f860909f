import { EMPTY_POLICY, parsePolicy, type Policy } from '../../core/policy';
import { errorCode } from '../error-code';
import type { Logger, Platform } from '../ports';
import { decodePolicyBytes } from './decode';
import { policyFilePath } from './policy-path';
import { whyUntrusted, type Distrust, type PolicyTrustDeps, type TrustFs } from './policy-trust';

/** node:fs's calls this needs, so tests can pass their own (node's `fs` fits as is). */
export interface PolicyFs extends TrustFs {
  readFileSync(path: string): Uint8Array;
}

export interface LoadMachinePolicyDeps {
  platform: Platform;
  env: Record<string, string | undefined>;
  fs: PolicyFs;
  logger: Logger;
  /** windows-acl.ts's reader (Windows only). */
  windowsSecurity?: PolicyTrustDeps['windowsSecurity'];
  /** Tests point this at a file in a temporary folder; the app uses the OS's well-known path. */
  path?: string;
}

export interface MachinePolicy {
  policy: Policy;
  path: string;
  /** Sentences for the support log (and the admin): why the file was ignored, skipped entries. */
  messages: string[];
  /** For the panel: the policy file exists but was not applied because others could have written it. */
  notice: string | null;
}

export const UNTRUSTED_POLICY_NOTICE =
  'Your administrator’s policy was not applied: users who are not administrators could have changed its file. IT can see why in the support log.';

/**
 * Reads the machine-wide policy at its well-known path. Never throws: no file means no policy; a bad file is
 * ignored with a logged sentence. A file that anyone but an administrator could have written is not applied at
 * all — no setting, no lock, no update URL: its tenant host would receive every agent's token, its update URL
 * would supply the code they run, and its locks would keep safety settings off for good.
 */
export function loadMachinePolicy(deps: LoadMachinePolicyDeps): MachinePolicy {
  const path = deps.path ?? policyFilePath(deps.platform, deps.env);
  const messages: string[] = [];
  const done = (policy: Policy, notice: string | null = null): MachinePolicy => {
    for (const message of messages) deps.logger.warn('policy.problem', { path, message });
    deps.logger.info('policy.loaded', {
      path,
      applied: policy !== EMPTY_POLICY,
      settings: Object.keys(policy.settings),
      locked: policy.locked,
      updates: policy.updateUrl !== null,
      emergencyNumbers: policy.callRules.emergencyNumbers,
      premiumNumbers: policy.callRules.premiumNumbers,
    });
    return { policy, path, messages, notice };
  };

  let bytes: Uint8Array;
  try {
    bytes = deps.fs.readFileSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return done(EMPTY_POLICY);
    messages.push(
      `The policy file ${path} could not be read (${code}), so no policy applies — ` +
        'make it readable by every user.',
    );
    return done(EMPTY_POLICY);
  }

  const distrust = whyUntrusted(path, deps);
  if (distrust !== null) {
    deps.logger.warn('policy.untrusted', { path, target: distrust.target, reason: distrust.reason });
    messages.push(untrustedSentence(path, distrust, deps.platform));
    return done(EMPTY_POLICY, UNTRUSTED_POLICY_NOTICE);
  }

  const verdict = parsePolicy(decodePolicyBytes(bytes));
  if (!verdict.ok) {
    messages.push(`${verdict.message} (${path})`);
    return done(EMPTY_POLICY);
  }
  messages.push(...verdict.warnings);
  return done(verdict.policy);
}

function untrustedSentence(path: string, { target, reason }: Distrust, platform: Platform): string {
  const fix =
    platform === 'win32'
      ? 'let only Administrators and SYSTEM write the file and its folder, with Administrators as owner (see "Machine policy" in the deployment guide)'
      : `run: sudo chown root ${target} && sudo chmod go-w ${target}`;
  return `The policy file ${path} was not applied: ${target} ${reason}, so users who are not administrators could have written it — ${fix}.`;
}
