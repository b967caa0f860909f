export { updatePlan, type UpdatePlan, type UpdatePlanInput } from './plan';
export { MIN_RESUME_CHECK_INTERVAL_MS, shouldCheckForUpdate, type CheckTrigger } from './schedule';
export { restartDecision, type RestartContext, type RestartDecision } from './restart';
export { NO_UPDATE, nextUpdateState, type UpdateEvent } from './state';
export { updateEligibility, type BuildSignature, type UpdateEligibility } from './eligibility';
