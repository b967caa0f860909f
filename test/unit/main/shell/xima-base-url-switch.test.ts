import { describe, expect, it } from 'vitest';
import { readBaseUrlSwitch } from '../../../../src/main/app/xima-base-url-switch';
import { readCommandLine } from '../../../../src/main/protocol/find-link';
import { createNodeController } from '../../../support/node-ports';

const app = '/opt/Xima Tray Dialer/xima-tray-dialer';

describe('--xima-base-url, the switch that points the app at a Xima on this computer', () => {
  it('accepts loopback addresses, and the status line names their host and port', async () => {
    expect(readBaseUrlSwitch([app, '--xima-base-url=http://127.0.0.1:8080'])).toEqual({
      kind: 'testing',
      baseUrl: 'http://127.0.0.1:8080',
    });
    const cases = [
      [
        [app, '--no-sandbox', '--xima-base-url=https://localhost:8443/'],
        'https://localhost:8443',
        'localhost:8443',
      ],
      [[app, '--xima-base-url="http://[::1]:9000"'], 'http://[::1]:9000', '[::1]:9000'],
    ] as const;
    for (const [argv, baseUrl, target] of cases) {
      expect(readBaseUrlSwitch(argv)).toEqual({ kind: 'testing', baseUrl });
      const node = createNodeController({ overrides: { baseUrlOverride: baseUrl } });
      expect(node.controller.getState().testTarget).toBe(target);
      await node.close();
    }
  });

  it('is absent when nobody passed it', () => {
    expect(readBaseUrlSwitch([app])).toEqual({ kind: 'none' });
    expect(readBaseUrlSwitch([app, '--xima-base-url-other=http://127.0.0.1:1'])).toEqual({ kind: 'none' });
  });

  it('refuses any address off this computer with a sentence, so the settings are used', () => {
    for (const url of ['https://acme.xima.cloud', 'http://10.0.0.5:8080', 'https://127.0.0.1.evil.example']) {
      expect(readBaseUrlSwitch([app, `--xima-base-url=${url}`])).toEqual({
        kind: 'refused',
        message: expect.stringMatching(
          /^--xima-base-url was ignored and your settings are used: it only accepts an address on this computer \(localhost, 127\.0\.0\.1 or \[::1\]\)/,
        ) as unknown,
      });
    }
  });

  it('refuses a missing or malformed address and says what is wrong', () => {
    expect(readBaseUrlSwitch([app, '--xima-base-url'])).toEqual({
      kind: 'refused',
      message:
        '--xima-base-url was ignored and your settings are used: it needs an address, like --xima-base-url=http://127.0.0.1:8080.',
    });
    expect(readBaseUrlSwitch([app, '--xima-base-url=http://127.0.0.1:8080/rest'])).toEqual({
      kind: 'refused',
      message:
        '--xima-base-url was ignored and your settings are used: the base URL must not contain a path: give only the scheme, host and port.',
    });
    expect(readBaseUrlSwitch([app, '--xima-base-url=ftp://127.0.0.1'])).toMatchObject({ kind: 'refused' });
    expect(readBaseUrlSwitch([app, '--xima-base-url=http://user:pw@localhost:1'])).toMatchObject({
      kind: 'refused',
    });
  });

  it('is never read from a link or from anything after `--` or a link', () => {
    const target = '--xima-base-url=http://127.0.0.1:8080';
    expect(readBaseUrlSwitch([app, '--', target])).toEqual({ kind: 'none' });
    expect(readBaseUrlSwitch([app, 'tel:3855551234', target])).toEqual({ kind: 'none' });
    expect(readBaseUrlSwitch([app, `"tel:1" ${target}`])).toEqual({ kind: 'none' });
    expect(readBaseUrlSwitch([app, 'CALLTO:1', target])).toEqual({ kind: 'none' });
    // A link so long it is no dial link still ends the switches.
    expect(readBaseUrlSwitch([app, `tel:${'1'.repeat(5000)}`, target])).toEqual({ kind: 'none' });
  });
});

const ownArgs = (argv: string[]) => readCommandLine(argv).own;

describe('the arguments that may carry switches', () => {
  it('stop at `--` and at the first link', () => {
    expect(ownArgs([app, '--a', '--', '--b'])).toEqual([app, '--a']);
    expect(ownArgs([app, '--a', '"TEL:+1 385"', '--b'])).toEqual([app, '--a']);
    expect(ownArgs([app, '--a', 'https://example.com', '--b'])).toEqual([
      app,
      '--a',
      'https://example.com',
      '--b',
    ]);
  });
});
