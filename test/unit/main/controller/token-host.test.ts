import { describe, expect, it } from 'vitest';
import { createXimaClient, type XimaTransport } from '../../../../src/core/xima';
import { createNodeController } from '../../../support/node-ports';

const OLD_TOKEN = 'old-tenant-token-0001';
const NEW_TOKEN = 'new-tenant-token-0002';

/** A fake network that records which host saw which Authorization header, and answers an empty list. */
function recordingTransport() {
  const seen: Array<{ host: string; authorization: string | null }> = [];
  const transport: XimaTransport = {
    fetch: async (url, init) => {
      seen.push({ host: new URL(url).host, authorization: new Headers(init.headers).get('authorization') });
      return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  };
  return { transport, seen };
}

function start() {
  const { transport, seen } = recordingTransport();
  const node = createNodeController({
    settings: { host: 'acme.xima.cloud', extension: '1001' },
    token: OLD_TOKEN,
    overrides: {
      baseUrlOverride: null,
      createXima: (config) => createXimaClient({ ...config, transport }),
    },
  });
  return { node, seen };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the token is bound to its tenant host', () => {
  it('changing the host asks for the token again; the new host never sees the old token', async () => {
    const { node, seen } = start();
    const { controller } = node;
    await controller.start();
    await settle();
    expect(seen.some((r) => r.host === 'acme.xima.cloud' && r.authorization === `Bearer ${OLD_TOKEN}`)).toBe(
      true,
    );

    const saved = await controller.handlers.saveSettings({ host: 'other.xima.cloud' });
    expect(saved).toEqual({ ok: true });
    expect(controller.getState().notice?.text).toBe(
      'The stored token is for acme.xima.cloud, so it is not sent to other.xima.cloud — paste the token for other.xima.cloud in Settings.',
    );
    await controller.dialFromHotkey('385-555-1234');
    await settle();
    expect(seen.filter((r) => r.host === 'other.xima.cloud')).toEqual([]);
    expect(JSON.stringify(seen.filter((r) => r.host !== 'acme.xima.cloud'))).not.toContain(OLD_TOKEN);
    expect(controller.getState()).toMatchObject({ tokenStored: false, status: 'not-configured' });
    expect(controller.getState().notice?.text).toBe('Add a Xima token in Settings to start dialing.');

    expect(await controller.handlers.setToken({ token: NEW_TOKEN })).toMatchObject({ ok: true });
    await settle();
    const other = seen.filter((r) => r.host === 'other.xima.cloud');
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((r) => r.authorization === `Bearer ${NEW_TOKEN}`)).toBe(true);
    await node.close();
  });

  it('going back to the token’s own host finds it again', async () => {
    const { node } = start();
    await node.controller.start();
    await node.controller.handlers.saveSettings({ host: 'other.xima.cloud' });
    expect(node.controller.getState().tokenStored).toBe(false);
    await node.controller.handlers.saveSettings({ host: 'acme.xima.cloud' });
    expect(node.controller.getState().tokenStored).toBe(true);
    await node.close();
  });
});

describe('the policy’s requireKeyring', () => {
  it('refuses to store the token without a real keyring and says why', async () => {
    const node = createNodeController({ token: null, tokenProtection: 'keyring-required' });
    const result = await node.controller.handlers.setToken({ token: NEW_TOKEN });
    expect(result).toEqual({
      ok: false,
      message:
        'Your administrator allows the token only in a system keyring, and this session has none (GNOME Keyring or KWallet) — the token was not stored. Unlock or install a keyring, then paste it again.',
    });
    expect(node.ports.tokenVault.token).toBeNull();
    expect(node.controller.getState()).toMatchObject({
      tokenStored: false,
      tokenProtection: 'keyring-required',
    });
    await node.close();
  });
});
