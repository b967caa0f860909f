import * as nodeFs from 'node:fs';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLinkInArgv } from '../../../../src/main/protocol/find-link';
import { importProvisionedToken } from '../../../../src/main/token-provisioning';
import { createMemoryTokenVault, createRecordingLogger } from '../../../support/node-ports';
import { useTempDir } from '../settings/temp-dir';

const dir = useTempDir('xtd-argv-');
const EXE = 'C:\\Program Files\\Xima Tray Dialer\\Xima Tray Dialer.exe';

/** A real token file an attacker wants imported (and deleted), and a start with this command line. */
function start(argv: (file: string) => string[]) {
  const file = join(dir(), 'victim.txt');
  writeFileSync(file, 'attacker-chosen-token');
  const vault = createMemoryTokenVault(null, 'keyring');
  const result = importProvisionedToken({
    argv: argv(file),
    userDataDir: join(dir(), 'userData'),
    vault,
    fs: nodeFs,
    logger: createRecordingLogger(),
  });
  return { file, vault, result };
}

describe('a link cannot smuggle switches into the command line', () => {
  it('ignores --import-token-file after a link: nothing imported, the file stays', () => {
    const { file, vault, result } = start((f) => [EXE, 'tel:+13855551234', `--import-token-file=${f}`]);
    expect(vault.token).toBeNull();
    expect(existsSync(file)).toBe(true);
    expect(result).toEqual({ imported: false, messages: [] });
  });

  it('ignores --import-token-file after --: nothing imported, the file stays', () => {
    const { file, vault } = start((f) => [EXE, '--', `--import-token-file=${f}`]);
    expect(vault.token).toBeNull();
    expect(existsSync(file)).toBe(true);
  });

  it('still imports the switch an admin script puts before --', () => {
    const { file, vault } = start((f) => [EXE, `--import-token-file=${f}`, '--', 'tel:3855551234']);
    expect(vault.token).toBe('attacker-chosen-token');
    expect(existsSync(file)).toBe(false);
  });
});

describe('finding the link: stop at -- and at the first link', () => {
  it('takes the link after -- even when it looks like a switch is around it', () => {
    expect(findLinkInArgv([EXE, '--', 'tel:+13855551234'])).toBe('tel:+13855551234');
    expect(findLinkInArgv([EXE, '--allow-file-access-from-files', '--', '"tel:3855551234"'])).toBe(
      'tel:3855551234',
    );
  });

  it('finds no link when nothing after -- is one', () => {
    expect(findLinkInArgv([EXE, '--', '--import-token-file=C:\\x.txt'])).toBeNull();
    expect(findLinkInArgv([EXE, '--'])).toBeNull();
  });

  it('takes the first link, never a later one', () => {
    expect(findLinkInArgv([EXE, 'tel:111', 'tel:222'])).toBe('tel:111');
    expect(findLinkInArgv([EXE, '--', 'tel:111', 'callto:222'])).toBe('tel:111');
  });
});
