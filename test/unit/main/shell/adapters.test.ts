import { describe, expect, it } from 'vitest';
import { createXimaClient } from '../../../../src/core/xima';
import { createDemoSimulator } from '../../../../src/main/adapters/demo-simulator';
import { createElectronTransport } from '../../../../src/main/adapters/electron-transport';
import { FakeNet, FakeSession } from '../../../support/electron-fake';
import { useRedirectingTenant } from '../../../support/redirecting-tenant';
import { useSimulator } from '../../../support/simulator';
import { eventually, panelOf, useShell } from './shell-harness';

describe('the app transport (net.fetch)', () => {
  // Node's fetch implements the Fetch standard's redirect modes as Chromium's does, so it stands in for
  // `net.fetch` here: a real tenant answers with a redirect to another host that records what reaches it.
  const servers = useRedirectingTenant();

  it('refuses a redirect with one sentence, and nothing reaches the host it points to', async () => {
    const { tenant, elsewhere } = servers();
    const client = createXimaClient({
      baseUrl: tenant.url,
      extension: '1001',
      token: 'secret-token-123',
      transport: createElectronTransport(new FakeNet(), new FakeSession()),
    });
    const result = await client.clickToDial({ numberToDial: '3855551234' });
    expect(result.ok || result.error.message).toBe(
      `Xima at ${new URL(tenant.url).host} answered with a redirect, which this app never follows — check the tenant host in Settings`,
    );
    expect(tenant.requests).toEqual(['POST /rest/api/v1/agents/1001/click-to-dial']);
    expect(elsewhere.requests).toEqual([]);
  });

  it('sends no cookies and uses no cache', async () => {
    const net = new FakeNet();
    net.handler = async () => new Response(null, { status: 204 });
    const transport = createElectronTransport(net, new FakeSession());
    await transport.fetch('https://acme.xima.cloud/rest/api/v1/callback', { method: 'POST', body: '{}' });
    expect(net.requests[0]?.init).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store' });
  });

  it('opens the connection ahead of time on the same session', async () => {
    const session = new FakeSession();
    await createElectronTransport(new FakeNet(), session).preconnect?.('https://acme.xima.cloud');
    expect(session.preconnects).toEqual([{ url: 'https://acme.xima.cloud', numSockets: 1 }]);
  });
});

describe('warming the connection again', () => {
  const sim = useSimulator({ https: false });
  const shell = useShell(sim);

  it('at start: one GET opens the connection before any press, with the panel still hidden', async () => {
    const b = await shell();
    await eventually(() => sim().requests.some((r) => r.method === 'GET'));
    expect(sim().requests.map((r) => r.method)).toEqual(['GET']);
    expect(sim().requests[0]?.path).toMatch(/outbound-caller-ids$/);
    expect(panelOf(b.electron).isVisible()).toBe(false);
  });

  it('after resume from sleep, after unlocking the screen, and when the agent is active again', async () => {
    const { powerMonitor, session } = (await shell()).electron;
    await eventually(() => sim().requests.length > 0);
    const requests = sim().requests.length;
    const before = session.defaultSession.preconnects.length;
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    powerMonitor.emit('user-did-become-active');
    await new Promise((r) => setTimeout(r, 10));
    expect(session.defaultSession.preconnects.length).toBe(before + 3);
    expect(sim().requests).toHaveLength(requests);
    expect(session.defaultSession.preconnects.at(-1)?.url).toBe(sim().baseUrl);
  });
});

describe('demo mode', () => {
  it('starts the simulator on loopback and stops it', async () => {
    const demo = createDemoSimulator();
    const connection = await demo.start();
    expect(connection.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await demo.start()).toEqual(connection);
    const answer = await fetch(
      `${connection.baseUrl}/rest/api/v1/agents/${connection.extension}/outbound-caller-ids`,
      {
        headers: { Authorization: `Bearer ${connection.token}` },
      },
    );
    expect(answer.status).toBe(200);
    await demo.stop();
    await expect(fetch(`${connection.baseUrl}/`)).rejects.toThrow();
  });
});
