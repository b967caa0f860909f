import type { AppController, ControllerDeps } from '../ports';

/** Builds the single owner of AppState. (Being built: the signature is final, the body lands next.) */
export function createAppController(deps: ControllerDeps): AppController {
  void deps;
  throw new Error('createAppController is being built');
}
