import { startSimulator } from '../../src/simulator/index';
import { startSimulatorProcess } from './simulator-process';
import type { SimulatorTarget } from './simulator-protocol';

export interface BenchSimulator extends SimulatorTarget {
  connections(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The simulator for the benchmark. In-process by default: on a busy machine every round trip to
 * another process waits for the scheduler to run it (measured: p50 15 ms at load 14 on 2 cores,
 * against 2.4 ms in-process), which measures the machine, not the app. `separate: true` runs it in its
 * own process, closer to a remote Xima on an idle machine.
 */
export async function startBenchSimulator(separate: boolean): Promise<BenchSimulator> {
  if (separate) {
    const child = await startSimulatorProcess();
    return { ...child, connections: async () => (await child.stats()).connections, close: child.close };
  }
  const simulator = await startSimulator({ https: true });
  if (simulator.httpsBaseUrl === null) throw new Error('the simulator did not start HTTPS');
  return {
    httpsBaseUrl: simulator.httpsBaseUrl,
    ca: simulator.ca,
    token: simulator.token,
    extension: simulator.extension,
    connections: async () => simulator.connections,
    close: () => simulator.close(),
  };
}
