export {
  loadMachinePolicy,
  type LoadMachinePolicyDeps,
  type MachinePolicy,
  type PolicyFs,
} from './load-machine-policy';
export { policyFilePath } from './policy-path';
