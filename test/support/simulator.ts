import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index';

/**
 * One simulator per test file, reset before each test (seed state, no scripts, empty request log).
 * Usage: `const sim = useSimulator();` then `sim().baseUrl` inside tests.
 */
export function useSimulator(options: SimulatorOptions = {}): () => Simulator {
  let simulator: Simulator | null = null;
  beforeAll(async () => {
    simulator = await startSimulator(options);
  });
  beforeEach(() => {
    simulator?.reset();
  });
  afterAll(async () => {
    await simulator?.close();
    simulator = null;
  });
  return () => {
    if (!simulator) throw new Error('useSimulator(): the simulator is only available inside tests and hooks');
    return simulator;
  };
}

/** The POSTs the simulator received for one route, e.g. `postsTo(sim, 'click-to-dial')`. */
export function postsTo(simulator: Simulator, suffix: string): Simulator['requests'] {
  return simulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix));
}
