export type { AutoUpdaterLike } from './auto-updater-like';
export { createUpdater, type AppUpdaterControl, type CreateUpdaterDeps } from './create-updater';
export { appBundlePath, readPublisherName, verifyCodeSignature } from './build-signature';
