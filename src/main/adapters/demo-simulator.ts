import type { DemoSimulator } from '../ports';

/**
 * "Try the demo": the Xima simulator on loopback inside the app. Imported on demand so the simulator's
 * code never slows the app's start.
 */
export function createDemoSimulator(): DemoSimulator {
  let running: { close(): Promise<void> } | null = null;
  let connection: Awaited<ReturnType<DemoSimulator['start']>> | null = null;
  return {
    async start() {
      if (running && connection) return connection;
      const { startSimulator } = await import('../../simulator/index');
      const simulator = await startSimulator({ https: false });
      running = simulator;
      connection = { baseUrl: simulator.baseUrl, token: simulator.token, extension: simulator.extension };
      return connection;
    },
    async stop() {
      const current = running;
      running = null;
      connection = null;
      await current?.close();
    },
  };
}
