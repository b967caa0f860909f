import { afterEach } from 'vitest';
import type { Simulator } from '../../../../src/simulator/index';
import {
  createNodeController,
  type NodeController,
  type NodeControllerOptions,
} from '../../../support/node-ports';

/**
 * `open(options)` builds a real controller against the file's simulator (or none, with
 * `simulator: undefined`); whatever was opened is closed after each test.
 */
export function useController(sim: () => Simulator): (options?: NodeControllerOptions) => NodeController {
  let app: NodeController | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  return (options = {}) => {
    app = createNodeController({ simulator: sim(), ...options });
    return app;
  };
}
