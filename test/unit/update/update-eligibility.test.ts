import { describe, expect, it } from 'vitest';
import { updateEligibility, type BuildSignature } from '../../../src/core/update';

const unsigned = { publisherName: null, signatureValid: null } as const;

describe('updateEligibility: updates run only on a signed build', () => {
  it.each<[string, BuildSignature, ReturnType<typeof updateEligibility>]>([
    [
      'Windows with a publisher',
      { ...unsigned, platform: 'win32', publisherName: 'Acme Corp' },
      { enabled: true },
    ],
    [
      'Windows without a publisher',
      { ...unsigned, platform: 'win32' },
      { enabled: false, reason: 'Updates are off: this Windows build is not signed with a publisher name.' },
    ],
    [
      'Windows with a blank publisher',
      { ...unsigned, platform: 'win32', publisherName: '  ' },
      { enabled: false, reason: 'Updates are off: this Windows build is not signed with a publisher name.' },
    ],
    [
      'macOS with a valid signature',
      { ...unsigned, platform: 'darwin', signatureValid: true },
      { enabled: true },
    ],
    [
      'macOS with an invalid signature',
      { ...unsigned, platform: 'darwin', signatureValid: false },
      { enabled: false, reason: 'Updates are off: this Mac app does not have a valid code signature.' },
    ],
    [
      'macOS with a publisher name but no signature check',
      { ...unsigned, platform: 'darwin', publisherName: 'Acme Corp' },
      { enabled: false, reason: 'Updates are off: this Mac app does not have a valid code signature.' },
    ],
    [
      'a Linux AppImage',
      { ...unsigned, platform: 'linux', publisherName: 'Acme Corp', signatureValid: true },
      {
        enabled: false,
        reason: 'Updates are off: an AppImage update cannot be checked against a signature.',
      },
    ],
  ])('%s', (_name, build, expected) => {
    expect(updateEligibility(build)).toEqual(expected);
  });
});
