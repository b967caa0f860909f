// Bundles scripts/lib/wine/probe.ts (and with it the app's Windows modules from src/) with esbuild, lays out
// koffi with its Windows binary beside it, starts it under Wine and talks to it over a loopback socket.
import { once } from 'node:events';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { pollUntil } from '../poll';
import type { ProbeReplies, ProbeReply, ProbeRequest } from './probe-protocol';
import { spawnWine, windowsPath, type WineEnv } from './wine-env';

export interface Probe {
  ask<K extends ProbeRequest['op']>(
    request: Extract<ProbeRequest, { op: K }>,
  ): Promise<K extends keyof ProbeReplies ? ProbeReplies[K] : never>;
  /**
   * Waits until Windows sees `keys` down (GetAsyncKeyState names): Wine reads X key events asynchronously, and a
   * real hotkey fires only after its modifiers went down.
   */
  waitDown(keys: string[]): Promise<void>;
  stop(): Promise<void>;
}

async function bundle(root: string, wine: WineEnv): Promise<string> {
  const dir = join(wine.cache, 'run');
  await rm(dir, { recursive: true, force: true });
  // The real koffi package (its JS loader) with the Windows binary where that loader looks for it.
  const koffi = join(dir, 'node_modules', 'koffi');
  await cp(join(root, 'node_modules', 'koffi'), koffi, {
    recursive: true,
    filter: (source) => !/[\\/](doc|vendor)$/.test(source),
  });
  await mkdir(join(koffi, 'build', 'koffi', 'win32_x64'), { recursive: true });
  await cp(wine.koffiBinary, join(koffi, 'build', 'koffi', 'win32_x64', 'koffi.node'));
  await build({
    entryPoints: [join(root, 'scripts', 'lib', 'wine', 'probe.ts')],
    outfile: join(dir, 'probe.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    external: ['koffi', 'electron'],
    logLevel: 'warning',
  });
  return join(dir, 'probe.mjs');
}

export async function startProbe(root: string, wine: WineEnv): Promise<Probe> {
  const entry = await bundle(root, wine);
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const log = join(wine.cache, 'run', 'probe.log');
  const child = spawnWine(wine, [wine.nodeExe, windowsPath(entry), String(port)], log);
  const exited = once(child, 'exit').then(async ([code]) => {
    const output = await readFile(log, 'utf8').catch(() => '');
    throw new Error(`The Windows Node.js exited (${String(code)}) before answering:\n${output}`);
  });
  exited.catch(() => undefined);
  const socket = await Promise.race([
    once(server, 'connection').then(([s]) => s as Socket),
    exited,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('The Windows Node.js did not connect within 60 s.')), 60_000),
    ),
  ]);

  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let next = 1;
  void (async () => {
    for await (const line of createInterface({ input: socket })) {
      const reply = JSON.parse(line) as ProbeReply;
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.value);
      else waiter?.reject(new Error(`Windows side: ${reply.error}`));
    }
  })();

  const ask: Probe['ask'] = (request) => {
    const id = next++;
    socket.write(`${JSON.stringify({ ...request, id })}\n`);
    return Promise.race([
      new Promise((resolve, reject) => pending.set(id, { resolve, reject })),
      exited,
    ]) as never;
  };
  return {
    ask,
    async waitDown(keys) {
      let down: string[] = [];
      await pollUntil(
        async () => {
          ({ down } = await ask({ op: 'state' }));
          return keys.every((key) => down.includes(key));
        },
        {
          timeoutMs: 5_000,
          intervalMs: 10,
          failure: () => `Windows never saw ${keys.join('+')} down (down: ${down.join('+')}).`,
        },
      );
    },
    async stop() {
      socket.end();
      server.close();
      child.kill();
    },
  };
}
