export {
  loadMachinePolicy,
  type LoadMachinePolicyDeps,
  type MachinePolicy,
  type PolicyFs,
  UNTRUSTED_POLICY_NOTICE,
} from './load-machine-policy';
export { policyFilePath } from './policy-path';
export { whyUntrusted, type Distrust, type PolicyTrustDeps, type TrustFs } from './policy-trust';
export { TRUSTED_SIDS, WRITE_RIGHTS, posixProblem, sidToString, windowsProblem } from './trust-rules';
export type { PathRole, PosixOwnership, WindowsAce, WindowsSecurity } from './trust-rules';
export { aclTypes, createWindowsSecurityReader } from './windows-acl';
