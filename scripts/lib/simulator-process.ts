import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SimFailure, SimRoute } from '../../src/simulator/index';
import type { ChildReply, ChildRequest, SimulatorStats, SimulatorTarget } from './simulator-protocol';

export type { SimulatorStats, SimulatorTarget } from './simulator-protocol';

export interface SimulatorProcess extends SimulatorTarget {
  script(route: SimRoute, failure: SimFailure): Promise<void>;
  clearScripts(): Promise<void>;
  stats(): Promise<SimulatorStats>;
  close(): Promise<void>;
}

type Request = { op: 'script'; route: string; failure: unknown } | { op: 'clearScripts' | 'stats' };

/** Starts the simulator (HTTP + HTTPS on loopback) in a child process and talks to it over IPC. */
export async function startSimulatorProcess(): Promise<SimulatorProcess> {
  const child = fork(fileURLToPath(new URL('./simulator-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  const ready = new Promise<SimulatorTarget>((resolve, reject) => {
    waiting.set(0, (result) => resolve(result as SimulatorTarget));
    child.once('exit', (code) => reject(new Error(`the simulator process exited early (code ${code})`)));
  });
  child.on('message', (reply: ChildReply) => {
    waiting.get(reply.id)?.(reply.result);
    waiting.delete(reply.id);
  });
  const call = (request: Request): Promise<unknown> =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      child.send({ ...request, id } as ChildRequest);
    });
  const target = await ready;
  return {
    ...target,
    script: async (route, failure) => void (await call({ op: 'script', route, failure })),
    clearScripts: async () => void (await call({ op: 'clearScripts' })),
    stats: async () => (await call({ op: 'stats' })) as SimulatorStats,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ id: nextId++, op: 'close' } satisfies ChildRequest);
      }),
  };
}
