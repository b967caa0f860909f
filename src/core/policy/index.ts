export { EMPTY_POLICY, type Policy } from './types';
export { effectiveSettings } from './effective';
export { parsePolicy, type PolicyVerdict } from './parse';
export { POLICY_SETTING_KEYS, policyFileSchema, type PolicyFile, type PolicySettingKey } from './schema';
