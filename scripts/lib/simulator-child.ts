// The simulator in its own process (forked by simulator-process.ts): Xima is another machine, so the
// benchmark and the soak keep its CPU time, its request log and its garbage out of the measured process.
import { startSimulator, type SimFailure, type SimRoute } from '../../src/simulator/index';
import type { ChildReply, ChildRequest, SimulatorStats } from './simulator-protocol';

const simulator = await startSimulator({ https: true });

function stats(): SimulatorStats {
  const dials = simulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/click-to-dial'));
  const outcomes: Record<string, number> = {};
  for (const r of dials) {
    const key = r.outcome === 'answered' ? String(r.status) : r.outcome;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  return {
    connections: simulator.connections,
    dialPosts: dials.length,
    dialNumbers: dials.map((r) => (r.body as { numberToDial?: unknown } | null)?.numberToDial).map(String),
    outcomes,
    placedCalls: simulator.state.placedCalls.length,
  };
}

function answer(request: ChildRequest): void {
  const reply = (result: unknown): void => {
    process.send?.({ id: request.id, result } satisfies ChildReply);
  };
  switch (request.op) {
    case 'script':
      simulator.script(request.route as SimRoute, request.failure as SimFailure);
      return reply(null);
    case 'clearScripts':
      simulator.clearScripts();
      return reply(null);
    case 'stats':
      return reply(stats());
    case 'close':
      // No reply: the parent waits for this process to exit.
      void simulator.close().then(() => process.exit(0));
      return;
  }
}

process.on('message', answer);
// The parent vanishing (a crashed run) must not leave a simulator behind.
process.on('disconnect', () => void simulator.close().then(() => process.exit(0)));

process.send?.({
  id: 0,
  result: {
    httpsBaseUrl: simulator.httpsBaseUrl,
    ca: simulator.ca,
    token: simulator.token,
    extension: simulator.extension,
  },
} satisfies ChildReply);
