import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import msiProjectCreated, {
  addUrlRegistration,
  registrationValues,
} from '../../../../build/msi-project-created.mjs';

const projectDir = resolve(import.meta.dirname, '../../../..');
const builderLib = dirname(
  createRequire(join(projectDir, 'package.json')).resolve('app-builder-lib/package.json'),
);
const ejs = createRequire(join(builderLib, 'package.json'))('ejs') as {
  compile(template: string): (data: Record<string, unknown>) => string;
};

/** electron-builder's own MSI template, rendered the way its MsiTarget renders it, for a two-file app. */
function electronBuilderProject(): string {
  const template = readFileSync(join(builderLib, 'templates/msi/template.xml'), 'utf8')
    .replace(/{{/g, '<%')
    .replace(/}}/g, '%>')
    .replace(/\${([^}]+)}/g, '<%=$1%>');
  return ejs.compile(template)({
    productName: 'Xima Tray Dialer',
    upgradeCode: 'A0000000-0000-5000-8000-000000000000',
    version: '0.1.0.0',
    manufacturer: 'Xima Tray Dialer team',
    compressionLevel: 'high',
    installationDirectoryWixName: 'Xima Tray Dialer',
    iconPath: null,
    iconId: 'XimaTrayDialerIcon.exe',
    isRunAfterFinish: false,
    isAssisted: false,
    isPerMachine: true,
    isCreateDesktopShortcut: false,
    isCreateStartMenuShortcut: true,
    menuCategory: null,
    programFilesId: 'ProgramFiles64Folder',
    dirs: '',
    files: [
      '<Component>',
      '  <File Name="Xima Tray Dialer.exe" Source="$(var.appDir)\\Xima Tray Dialer.exe" ReadOnly="yes" KeyPath="yes" Id="mainExecutable"/>',
      '</Component>',
    ].join('\n'),
  });
}

function parseXml(text: string): Document {
  // happy-dom's XML parser does not know CDATA (the template's launch condition); its text is escaped instead.
  const plain = text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, body: string) =>
    body.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
  );
  const document = new new Window().DOMParser().parseFromString(plain, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`The MSI project is not well-formed XML: ${error.textContent}`);
  return document as unknown as Document;
}

describe('MSI tel:/callto: registration (msiProjectCreated hook)', () => {
  it('adds one registry component to the product components, keyed on the RegisteredApplications entry', () => {
    const document = parseXml(addUrlRegistration(electronBuilderProject()));
    const group = [...document.getElementsByTagName('ComponentGroup')].find(
      (g) => g.getAttribute('Id') === 'ProductComponents',
    );
    const component = [...(group?.getElementsByTagName('Component') ?? [])].find(
      (c) => c.getAttribute('Id') === 'XimaTrayDialerUrlRegistration',
    );
    expect(component, 'registration component inside ProductComponents').toBeDefined();
    expect(component?.getAttribute('Guid')).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
    const values = [...(component?.getElementsByTagName('RegistryValue') ?? [])];
    const keyPaths = values.filter((v) => v.getAttribute('KeyPath') === 'yes');
    expect(keyPaths.map((v) => [v.getAttribute('Key'), v.getAttribute('Name')])).toEqual([
      ['Software\\RegisteredApplications', 'Xima Tray Dialer'],
    ]);
    // Per machine for the MSI; HKMU follows ALLUSERS so the component never mixes scopes.
    expect(new Set([...component!.children].map((e) => e.getAttribute('Root')))).toEqual(new Set(['HKMU']));
  });

  it('registers both schemes with Default apps capabilities, pointing at the installed executable', () => {
    const document = parseXml(addUrlRegistration(electronBuilderProject()));
    const written = new Map(
      [...document.getElementsByTagName('RegistryValue')].map((v) => [
        `${v.getAttribute('Key')}|${v.getAttribute('Name') ?? ''}`,
        v.getAttribute('Value'),
      ]),
    );
    for (const scheme of ['tel', 'callto']) {
      const progId = `Software\\Classes\\XimaTrayDialer.${scheme}`;
      expect(written.get(`Software\\XimaTrayDialer\\Capabilities\\URLAssociations|${scheme}`)).toBe(
        `XimaTrayDialer.${scheme}`,
      );
      expect(written.get(`${progId}\\shell\\open\\command|`)).toBe('"[#mainExecutable]" -- "%1"');
      expect(written.get(`${progId}|URL Protocol`)).toBe('');
    }
    expect(written.get('Software\\XimaTrayDialer\\Capabilities|ApplicationName')).toBe('Xima Tray Dialer');
    expect(written.get('Software\\RegisteredApplications|Xima Tray Dialer')).toBe(
      'Software\\XimaTrayDialer\\Capabilities',
    );
  });

  it('removes its own keys whole on uninstall, and only its value from the shared RegisteredApplications', () => {
    const document = parseXml(addUrlRegistration(electronBuilderProject()));
    const forceDeleted = [...document.getElementsByTagName('RegistryKey')]
      .filter((k) => k.getAttribute('ForceDeleteOnUninstall') === 'yes')
      .map((k) => k.getAttribute('Key'));
    expect(forceDeleted).not.toContain('Software\\RegisteredApplications');
    for (const [key] of registrationValues()) {
      if (key === 'Software\\RegisteredApplications') continue;
      expect(forceDeleted.some((root) => key === root || key.startsWith(`${root}\\`))).toBe(true);
    }
  });

  it('refuses a project it does not recognise instead of shipping an MSI that registers nothing', () => {
    expect(() => addUrlRegistration('<Wix><Product/></Wix>')).toThrow(/ProductComponents/);
    const noExe = electronBuilderProject().replace(' Id="mainExecutable"', '');
    expect(() => addUrlRegistration(noExe)).toThrow(/mainExecutable/);
  });

  it('rewrites the project file electron-builder hands it, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xtd-msi-'));
    try {
      const file = join(dir, 'project.wxs');
      writeFileSync(file, electronBuilderProject());
      await msiProjectCreated(file);
      await msiProjectCreated(file);
      const text = readFileSync(file, 'utf8');
      expect(text.split('Id="XimaTrayDialerUrlRegistration"')).toHaveLength(2);
      parseXml(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the hook electron-builder.yml names', () => {
    const config = readFileSync(join(projectDir, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^msiProjectCreated: \.\/build\/msi-project-created\.mjs$/m);
  });
});
