import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_FOLDER_SDDL, registrationValues } from '../../../../build/msi-project-created.mjs';

// build/installer.nsh is compiled only on a Windows build machine (no makensis here), so these tests read it the
// way makensis would for the parts it uses — and hold it to the same registration the MSI writes.
const projectDir = resolve(import.meta.dirname, '../../../..');
const script = readFileSync(join(projectDir, 'build/installer.nsh'), 'utf8');
const nsisTemplates = join(
  dirname(createRequire(join(projectDir, 'package.json')).resolve('app-builder-lib/package.json')),
  'templates/nsis',
);

/** NSIS splits on white space; "…", '…' and `…` quote a parameter (the quotes are not part of it). */
function tokens(line: string): string[] {
  const result: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|`([^`]*)`|(\S+)/g;
  for (const match of line.matchAll(pattern)) {
    const bare = match[4];
    if (bare !== undefined && /["'`]/.test(bare[0] ?? '')) throw new Error(`Unbalanced quote in: ${line}`);
    result.push(match[1] ?? match[2] ?? match[3] ?? bare ?? '');
  }
  return result;
}

interface Macro {
  params: string[];
  body: string[][];
}

function parse(): { defines: Map<string, string>; macros: Map<string, Macro> } {
  const defines = new Map<string, string>();
  const macros = new Map<string, Macro>();
  let current: Macro | null = null;
  for (const raw of script.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const [command = '', ...args] = tokens(line);
    if (command === '!macro') {
      if (current) throw new Error(`!macro ${args[0]} opened inside another macro.`);
      if (macros.has(args[0] ?? '')) throw new Error(`Macro ${args[0]} is defined twice.`);
      current = { params: args.slice(1), body: [] };
      macros.set(args[0] ?? '', current);
    } else if (command === '!macroend') {
      if (!current) throw new Error('!macroend without !macro.');
      current = null;
    } else if (command === '!define') {
      defines.set(args[0] ?? '', args[1] ?? '');
    } else if (current) {
      current.body.push([command, ...args]);
    } else {
      throw new Error(`Instruction outside a macro runs nowhere in electron-builder's script: ${line}`);
    }
  }
  if (current) throw new Error('A macro is never closed with !macroend.');
  return { defines, macros };
}

/** Parameter counts makensis accepts for the instructions the script uses. */
const ARITY: Record<string, number[]> = {
  WriteRegStr: [4],
  ReadRegStr: [4],
  DeleteRegValue: [3],
  DeleteRegKey: [2, 3],
  StrCmp: [3, 4],
  Push: [1],
  Pop: [1],
  ClearErrors: [0],
  'System::Call': [1],
  '!insertmacro': [1, 2, 3],
  // LogicLib, as electron-builder's own uninstaller section uses it.
  '${if}': [3],
  '${ifNot}': [1],
  '${endIf}': [0],
  StrCpy: [2],
  CreateDirectory: [1],
  MessageBox: [4],
  Abort: [0],
};
const STRUCTURAL = new Set(['${if}', '${ifNot}', '${endIf}']);

/** The instructions a macro runs, with nested macros expanded and ${…} symbols replaced. */
function expand(name: string, args: string[] = []): string[][] {
  const { defines, macros } = parse();
  const macro = macros.get(name);
  if (!macro) throw new Error(`Macro ${name} is not defined.`);
  const symbols = new Map([
    ...defines,
    ['PRODUCT_NAME', 'Xima Tray Dialer'],
    ['APP_EXECUTABLE_FILENAME', 'Xima Tray Dialer.exe'],
  ]);
  macro.params.forEach((param, index) => symbols.set(param, args[index] ?? ''));
  const substitute = (text: string): string =>
    text.replace(/\$\{([^}]+)\}/g, (_, symbol: string) => {
      const value = symbols.get(symbol);
      if (value === undefined) throw new Error(`\${${symbol}} is not defined for makensis.`);
      return value;
    });
  return macro.body.flatMap(([command = '', ...rest]) => {
    const allowed = ARITY[command];
    if (!allowed) throw new Error(`${command} is not an instruction this script is checked for.`);
    if (!allowed.includes(rest.length))
      throw new Error(`${command} takes ${allowed.join(' or ')} parameters.`);
    if (STRUCTURAL.has(command)) return [[command, ...rest]];
    const values = rest.map(substitute);
    if (command === '!insertmacro') return expand(values[0] ?? '', values.slice(1));
    return [[command, ...values]];
  });
}

describe('build/installer.nsh (NSIS tel:/callto: registration)', () => {
  it('defines the two hooks electron-builder inserts, with instructions makensis accepts', () => {
    const { macros } = parse();
    const template = readFileSync(join(nsisTemplates, 'installSection.nsh'), 'utf8');
    const uninstaller = readFileSync(join(nsisTemplates, 'uninstaller.nsh'), 'utf8');
    expect(template).toContain('!insertmacro customInstall');
    expect(uninstaller).toContain('!insertmacro customUnInstall');
    expect([...macros.keys()]).toEqual(expect.arrayContaining(['customInstall', 'customUnInstall']));
    for (const [command = '', ...args] of [...expand('customInstall'), ...expand('customUnInstall')]) {
      if (!/Reg/.test(command)) continue;
      // ReadRegStr names its output variable first.
      const [root, key] = command === 'ReadRegStr' ? args.slice(1) : args;
      // SHCTX follows electron-builder's SetShellVarContext: HKCU per user, HKLM with /allusers. Only the keys
      // Electron's setAsDefaultProtocolClient writes are always under HKCU.
      const electronKey = /^Software\\Classes\\(tel|callto)(\\|$)/.test(key ?? '');
      expect(root, `${command} ${key}`).toBe(electronKey ? 'HKCU' : 'SHCTX');
    }
  });

  it('keeps the registration and the agent’s default through an update, removing them only on a real uninstall', () => {
    const removal = expand('customUnInstall');
    expect(removal[0]).toEqual(['${ifNot}', '${isUpdated}']);
    expect(removal.at(-1)).toEqual(['${endIf}']);
    expect(removal.slice(1, -1).some(([c]) => c === '${endIf}')).toBe(false);
  });

  it('removes the tel:/callto: keys "Make default" wrote only while they still open this app', () => {
    const removal = expand('customUnInstall');
    for (const scheme of ['tel', 'callto']) {
      const read = removal.findIndex(
        ([c, , root, key]) =>
          c === 'ReadRegStr' &&
          root === 'HKCU' &&
          key === `Software\\Classes\\${scheme}\\shell\\open\\command`,
      );
      expect(read, `${scheme} command read`).toBeGreaterThan(-1);
      // Electron writes "<exe>" "--" "%1" (registered with --) or, from versions before, "<exe>" "%1": either one
      // reaches the delete, anything else jumps past it.
      const variable = removal[read]?.[1];
      expect(removal[read + 1]).toEqual([
        'StrCmp',
        variable,
        '"$INSTDIR\\Xima Tray Dialer.exe" "--" "%1"',
        '+2',
        '0',
      ]);
      expect(removal[read + 2]).toEqual([
        'StrCmp',
        variable,
        '"$INSTDIR\\Xima Tray Dialer.exe" "%1"',
        '0',
        '+2',
      ]);
      expect(removal[read + 3]).toEqual(['DeleteRegKey', 'HKCU', `Software\\Classes\\${scheme}`]);
    }
  });

  it('uses only variables electron-builder declares', () => {
    const declared = ['installer.nsi', 'multiUser.nsh']
      .map((file) => readFileSync(join(nsisTemplates, file), 'utf8'))
      .join('\n');
    const builtIn = new Set(['$INSTDIR', '$APPDATA']);
    for (const variable of new Set(script.match(/\$[A-Za-z_]\w*/g) ?? [])) {
      if (builtIn.has(variable)) continue;
      expect(declared, `${variable} declared by electron-builder`).toMatch(
        new RegExp(`Var (/GLOBAL )?${variable.slice(1)}\\b`),
      );
    }
  });

  it('writes exactly the registry values the MSI writes', () => {
    const written = expand('customInstall')
      .filter(([command]) => command === 'WriteRegStr')
      .map(([, , key, name, value]) => [key, name, value?.replaceAll('$appExe', '[#mainExecutable]')]);
    expect(new Set(written.map((v) => JSON.stringify(v)))).toEqual(
      new Set(registrationValues().map((v) => JSON.stringify(v))),
    );
  });

  it('per machine, protects the policy folder with the MSI’s ACL, and stops the install if Windows refuses', () => {
    const { defines } = parse();
    expect(defines.get('XTD_POLICY_FOLDER_SDDL')).toBe(POLICY_FOLDER_SDDL);
    const install = expand('customInstall');
    const start = install.findIndex(
      ([c, a, op, b]) => c === '${if}' && a === '$installMode' && op === '==' && b === 'all',
    );
    expect(start).toBeGreaterThan(-1);
    const protect = install.slice(start);
    expect(protect).toContainEqual(['CreateDirectory', '$APPDATA\\XimaTrayDialer']);
    const set = protect.find(([c, call]) => c === 'System::Call' && call?.includes('SetNamedSecurityInfoW'));
    expect(set?.[1]).toContain('i 0x80000007');
    expect(protect.findIndex(([c]) => c === 'Abort')).toBeGreaterThan(protect.indexOf(set ?? []));
  });

  it('removes everything it wrote on uninstall, and only its own value from RegisteredApplications', () => {
    const removal = expand('customUnInstall');
    const deletedKeys = removal.filter(([c]) => c === 'DeleteRegKey').map(([, , key]) => key ?? '');
    const deletedValues = removal
      .filter(([c]) => c === 'DeleteRegValue')
      .map(([, , key, name]) => `${key}|${name}`);
    expect(deletedKeys).not.toContain('Software\\RegisteredApplications');
    for (const [key, name] of registrationValues()) {
      const underDeletedKey = deletedKeys.some((root) => key === root || key.startsWith(`${root}\\`));
      expect(underDeletedKey || deletedValues.includes(`${key}|${name}`), `${key} ${name} removed`).toBe(
        true,
      );
    }
  });
});
