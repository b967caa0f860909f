import { describe, expect, it } from 'vitest';
import { createXimaClient, XimaConfigError } from '../../../../src/core/xima';
import { importProvisionedToken, type ProvisioningFs } from '../../../../src/main/token-provisioning';
import { tokenShapeProblem } from '../../../../src/shared/token-shape';
import {
  createMemoryTokenVault,
  createNodeController,
  createRecordingLogger,
} from '../../../support/node-ports';

const GOOD = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMDAxIn0.c2lnbmF0dXJl';

describe('one token shape for the panel, provisioning and the client', () => {
  it.each<[string, string, RegExp | null]>([
    ['a JWT', GOOD, null],
    ['an API key with - _ ~ + / =', 'Ab-9_x~y+z/0==', null],
    ['empty', '', /Paste the token/],
    ['in smart quotes', `“${GOOD}”`, /quotation marks/],
    ['in straight quotes', `"${GOOD}"`, /quotation marks/],
    ['with a space inside', 'eyJhbGci OiJIUzI1NiJ9', /spaces or line breaks/],
    ['on two lines', `${GOOD}\nsecond`, /spaces or line breaks/],
    ['with a no-break space', `${GOOD}\u00a0`, /spaces or line breaks/],
    ['with a control character', `${GOOD}\u0007`, /control characters/],
    ['with an accented letter', `${GOOD}é`, /never has/],
    ['with a zero-width space', `${GOOD}\u200b`, /never has/],
    ['absurdly long', 'a'.repeat(8_193), /far longer/],
  ])('%s', (_name, token, problem) => {
    const result = tokenShapeProblem(token);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });

  it('the panel’s setToken refuses a token in smart quotes and stores nothing', async () => {
    const node = createNodeController({ token: null });
    const result = await node.controller.handlers.setToken({ token: `“${GOOD}”` });
    expect(result).toEqual({ ok: false, message: tokenShapeProblem(`“${GOOD}”`) });
    expect(node.ports.tokenVault.token).toBeNull();
    expect(node.controller.getState().tokenStored).toBe(false);
    await node.close();
  });

  it('provisioning keeps a file whose token is in smart quotes, and says why', () => {
    const path = '/tmp/token.txt';
    const removed: string[] = [];
    const fs: ProvisioningFs = {
      statSync: () => ({ size: 100, isFile: () => true }),
      readFileSync: () => new TextEncoder().encode(`“${GOOD}”\n`),
      unlinkSync: (p) => void removed.push(p),
    };
    const vault = createMemoryTokenVault();
    const result = importProvisionedToken({
      argv: ['app', `--import-token-file=${path}`],
      userDataDir: '/nowhere',
      vault,
      fs,
      logger: createRecordingLogger(),
    });
    expect(vault.token).toBeNull();
    expect(removed).toEqual([]);
    expect(result.messages.at(-1)).toMatch(/does not hold a single Xima token.*quotation marks/);
  });

  it('the client refuses to build with such a token, before any request', () => {
    const build = () =>
      createXimaClient({
        baseUrl: 'https://acme.xima.cloud',
        extension: '1001',
        token: `“${GOOD}”`,
        transport: { fetch: () => Promise.reject(new Error('no request may leave')) },
      });
    expect(build).toThrow(XimaConfigError);
  });
});
