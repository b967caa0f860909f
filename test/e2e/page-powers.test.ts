import { describe, expect, it } from 'vitest';
import { usePanelHarness } from '../support/e2e-harness';
import { useSimulator } from '../support/simulator';

const sim = useSimulator({ https: false });
const panel = usePanelHarness();

/** What a script running in the panel — injected or compromised — can reach, tried from inside the page. */
describe('what the panel page can do', () => {
  it('has no Node: no require, process, module or Buffer, and the bridge offers no raw IPC', async () => {
    await panel().load({ simulator: sim() });
    const reach = await panel().page.evaluate(() => {
      const page = window as unknown as Record<string, unknown>;
      const dialer = page.dialer as Record<string, unknown>;
      return {
        globals: ['require', 'process', 'module', 'Buffer', 'global'].filter((name) => name in page),
        raw: ['invoke', 'send', 'on', 'ipcRenderer'].filter((name) => name in dialer),
        frozen: Object.isFrozen(dialer),
      };
    });
    expect(reach).toEqual({ globals: [], raw: [], frozen: true });
  });

  it('cannot reach the network or run injected inline script (the CSP refuses both)', async () => {
    await panel().load({ simulator: sim() });
    const { page } = panel();
    const fetched = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'fetched';
      } catch {
        return 'refused';
      }
    }, `${sim().baseUrl}/rest/api/v1/agents/${sim().extension}/outbound-caller-ids`);
    expect(fetched).toBe('refused');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    // A request from the page would carry the browser's Origin header and no token: none arrived.
    expect(sim().requests.filter((r) => r.headers.origin !== undefined)).toEqual([]);
  });
});
