export {
  importProvisionedToken,
  type ImportProvisionedTokenDeps,
  type ProvisioningFs,
  type ProvisioningResult,
} from './import-provisioned-token';
export { DROP_FILE_NAME, IMPORT_TOKEN_SWITCH, tokenFileSources } from './sources';
