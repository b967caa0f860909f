import { describe, expect, it } from 'vitest';
import { createTelHandler } from '../../../../src/main/protocol/tel-handler';
import { FakeApp, FakeShell } from '../../../support/electron-fake';

const proc = { defaultApp: false, execPath: '/opt/xtd', argv: ['/opt/xtd'] };

describe('becoming the tel: handler', () => {
  it('Linux: sets it (xdg-mime through setAsDefaultProtocolClient) and says so', async () => {
    const app = new FakeApp();
    const shell = new FakeShell();
    const handler = createTelHandler(app, {
      platform: 'linux',
      proc,
      openExternal: (u) => shell.openExternal(u),
    });
    expect(handler.isDefault()).toBe(false);
    const result = await handler.setAsDefault();
    expect(result).toMatchObject({ ok: true, state: { isDefault: true, canSetDefault: true, help: null } });
    expect([...app.protocolClients.keys()]).toEqual(['tel', 'callto']);
    // The command ends in `--`, so a link that starts like a switch stays a link.
    expect(app.protocolClients.get('tel')).toEqual({ path: '/opt/xtd', args: ['--'] });
    expect(shell.externals).toEqual([]);
  });

  it('Windows: explains the protected choice and opens Default apps', async () => {
    const app = new FakeApp();
    app.protectedSchemes.add('tel');
    app.protectedSchemes.add('callto');
    const shell = new FakeShell();
    const handler = createTelHandler(app, {
      platform: 'win32',
      proc,
      openExternal: (u) => shell.openExternal(u),
    });
    const result = await handler.setAsDefault();
    expect(result.ok).toBe(false);
    expect(result.state.canSetDefault).toBe(false);
    expect(result.message).toMatch(/Settings → Apps → Default apps/);
    expect(shell.externals).toEqual(['ms-settings:defaultapps']);
  });

  it('Windows: never claims the choice from its own class key, and opens Default apps instead', async () => {
    const app = new FakeApp();
    // The installer registered the schemes, so Electron's check says yes — Windows' UserChoice may still say Teams.
    app.setAsDefaultProtocolClient('tel');
    app.setAsDefaultProtocolClient('callto');
    const shell = new FakeShell();
    const handler = createTelHandler(app, {
      platform: 'win32',
      proc,
      openExternal: (u) => shell.openExternal(u),
    });
    expect(handler.state().help).toMatch(/may still send tel: links to another app/);
    const calls: string[] = [];
    const original = app.setAsDefaultProtocolClient.bind(app);
    app.setAsDefaultProtocolClient = (protocol: string, ...rest: [string?, string[]?]) => {
      calls.push(protocol);
      return original(protocol, ...rest);
    };
    const result = await handler.setAsDefault();
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
    expect(result.message).toMatch(/Settings → Apps → Default apps/);
    expect(shell.externals).toEqual(['ms-settings:defaultapps']);
  });

  it('macOS: points to FaceTime’s setting', async () => {
    const app = new FakeApp();
    app.protectedSchemes.add('tel');
    const handler = createTelHandler(app, { platform: 'darwin', proc, openExternal: async () => undefined });
    expect(handler.state().help).toMatch(/FaceTime/);
    expect((await handler.setAsDefault()).message).toMatch(/FaceTime → Settings/);
  });
});
