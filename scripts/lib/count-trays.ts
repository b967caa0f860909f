import type { ElectronApplication } from 'playwright-core';

/**
 * How many live, not destroyed Tray objects the app's main process holds. Electron keeps no list of
 * trays, and the app exposes nothing for tests: V8's inspector finds every object whose prototype is
 * `Tray.prototype` (`Runtime.queryObjects`), from inside main. The function runs in the app, so it
 * is self-contained.
 */
export function countTrays(app: ElectronApplication): Promise<number> {
  return app.evaluate(async ({ Tray }) => {
    const inspector = process.getBuiltinModule('node:inspector');
    const session = new inspector.Session();
    session.connect();
    const post = <T>(method: string, params: object): Promise<T> =>
      new Promise((resolve, reject) =>
        session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
      );
    const holder = globalThis as { __trayPrototype?: object };
    holder.__trayPrototype = Tray.prototype;
    try {
      type Remote = { result: { objectId?: string; value?: unknown } };
      const prototype = await post<Remote>('Runtime.evaluate', { expression: 'globalThis.__trayPrototype' });
      const found = await post<{ objects: { objectId: string } }>('Runtime.queryObjects', {
        prototypeObjectId: prototype.result.objectId,
      });
      const count = await post<Remote>('Runtime.callFunctionOn', {
        objectId: found.objects.objectId,
        functionDeclaration: 'function () { return this.filter((tray) => !tray.isDestroyed()).length; }',
        returnByValue: true,
      });
      return Number(count.result.value);
    } finally {
      delete holder.__trayPrototype;
      session.disconnect();
    }
  });
}
