// electron-builder's `msiProjectCreated` hook: adds the tel:/callto: registration to the MSI's WiX project.
//
// electron-builder's MSI template has no support for URL schemes, so without this the MSI would install an app that
// Windows never offers in Settings › Apps › Default apps. This writes the same keys as build/installer.nsh does for
// the NSIS installer (a ProgID per scheme, Capabilities with URLAssociations, an entry in RegisteredApplications) as
// one Windows Installer component, so `msiexec /x` removes them with the app. HKMU is HKLM for the per-machine MSI
// (and HKCU if it were ever built per user), which keeps the component's scope consistent (ICE57).

import { readFile, writeFile } from 'node:fs/promises';

/** The Windows Installer component that holds the registration. Fixed: its key path never changes across versions. */
export const REGISTRATION_COMPONENT_GUID = '31971016-B280-4BAB-84BC-1D35457CF7D5';
export const URL_SCHEMES = ['tel', 'callto'];
export const CAPABILITIES_KEY = 'Software\\XimaTrayDialer\\Capabilities';
export const REGISTERED_APP_NAME = 'Xima Tray Dialer';
/** The policy folder's component: %ProgramData%\\XimaTrayDialer, made by the per-machine MSI with the ACL below. */
export const POLICY_FOLDER_COMPONENT_GUID = 'C6E0F3A2-5B1D-4E8A-9F27-3D4B8A61C0E5';
/**
 * Owner Administrators; Administrators and SYSTEM full control, Users read and execute; protected (nothing inherited
 * from ProgramData, where any user may create folders). build/installer.nsh sets the same; a test holds them equal.
 */
export const POLICY_FOLDER_SDDL = 'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)';
const DESCRIPTION = 'Dial tel: and callto: links through Xima CCaaS from your own extension.';
/** electron-builder gives the app's main .exe this WiX file id; [#id] is its installed path. */
const EXE = '[#mainExecutable]';

/**
 * The registry values the MSI writes, in the order written: `[key, name, value]`, name `''` for a key's default.
 * @returns {[string, string, string][]}
 */
export function registrationValues() {
  /** @type {[string, string, string][]} */
  const values = [
    [CAPABILITIES_KEY, 'ApplicationName', REGISTERED_APP_NAME],
    [CAPABILITIES_KEY, 'ApplicationDescription', DESCRIPTION],
    [CAPABILITIES_KEY, 'ApplicationIcon', `${EXE},0`],
  ];
  for (const scheme of URL_SCHEMES) {
    const progId = `Software\\Classes\\XimaTrayDialer.${scheme}`;
    values.push(
      [progId, '', `URL:${scheme} (Xima Tray Dialer)`],
      [progId, 'URL Protocol', ''],
      [`${progId}\\DefaultIcon`, '', `${EXE},0`],
      // `--` ends the switches: whatever the link holds stays a link (src/main/protocol/find-link.ts).
      [`${progId}\\shell\\open\\command`, '', `"${EXE}" -- "%1"`],
      [`${CAPABILITIES_KEY}\\URLAssociations`, scheme, `XimaTrayDialer.${scheme}`],
    );
  }
  values.push(['Software\\RegisteredApplications', REGISTERED_APP_NAME, CAPABILITIES_KEY]);
  return values;
}

/** @param {string} text */
const xml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The WiX component. Our own keys are deleted whole on uninstall; RegisteredApplications is shared, so only our
 * value is removed there (Windows Installer removes every value it wrote).
 */
export function registrationComponent() {
  const lines = [`<Component Id="XimaTrayDialerUrlRegistration" Guid="${REGISTRATION_COMPONENT_GUID}">`];
  const ownKeys = [
    'Software\\XimaTrayDialer',
    ...URL_SCHEMES.map((s) => `Software\\Classes\\XimaTrayDialer.${s}`),
  ];
  for (const key of ownKeys) {
    lines.push(`  <RegistryKey Root="HKMU" Key="${xml(key)}" ForceDeleteOnUninstall="yes"/>`);
  }
  const values = registrationValues();
  values.forEach(([key, name, value], index) => {
    const nameAttribute = name === '' ? '' : ` Name="${xml(name)}"`;
    // The component's key path: the RegisteredApplications entry is what makes Default apps list the app.
    const keyPath = index === values.length - 1 ? ' KeyPath="yes"' : '';
    lines.push(
      `  <RegistryValue Root="HKMU" Key="${xml(key)}"${nameAttribute} Type="string" Value="${xml(value)}"${keyPath}/>`,
    );
  });
  lines.push('</Component>');
  return lines.map((line) => `      ${line}`).join('\n');
}

/** %ProgramData%\\XimaTrayDialer with its ACL (Windows Installer 5's MsiLockPermissionsEx). */
export function policyFolder() {
  return {
    directory: [
      '<DirectoryRef Id="TARGETDIR">',
      '      <Directory Id="CommonAppDataFolder">',
      '        <Directory Id="XimaTrayDialerPolicyFolder" Name="XimaTrayDialer"/>',
      '      </Directory>',
      '    </DirectoryRef>',
    ].join('\n'),
    component: [
      `<Component Id="XimaTrayDialerPolicyFolder" Directory="XimaTrayDialerPolicyFolder" Guid="${POLICY_FOLDER_COMPONENT_GUID}">`,
      '        <CreateFolder>',
      `          <PermissionEx Sddl="${xml(POLICY_FOLDER_SDDL)}"/>`,
      '        </CreateFolder>',
      '      </Component>',
    ].join('\n'),
  };
}

/**
 * Inserts the registration component into electron-builder's project. Throws when the project does not look like
 * the template this was written against, so a changed template fails the build instead of shipping an MSI that
 * registers nothing.
 * @param {string} wxs
 * @returns {string}
 */
export function addUrlRegistration(wxs) {
  if (wxs.includes('Id="XimaTrayDialerUrlRegistration"')) return wxs;
  const groupEnd = '</ComponentGroup>';
  if (wxs.split(groupEnd).length !== 2 || !wxs.includes('<ComponentGroup Id="ProductComponents"')) {
    throw new Error(
      'The MSI project has no single ProductComponents group, so the tel:/callto: registration cannot be added — ' +
        'check build/msi-project-created.mjs against the electron-builder MSI template.',
    );
  }
  if (!wxs.includes('Id="mainExecutable"')) {
    throw new Error(
      "The MSI project does not name the app's executable (mainExecutable), so tel:/callto: would point nowhere — " +
        'check win.executableName against productName.',
    );
  }
  const folder = policyFolder();
  return wxs
    .replace(
      '<ComponentGroup Id="ProductComponents"',
      `${folder.directory}\n\n    <ComponentGroup Id="ProductComponents"`,
    )
    .replace(
      groupEnd,
      `  ${registrationComponent().trimStart()}\n      ${folder.component}\n    ${groupEnd}`,
    );
}

/** @param {string} projectFile the project.wxs electron-builder wrote, before candle/light compile it */
export default async function msiProjectCreated(projectFile) {
  const wxs = await readFile(projectFile, 'utf8');
  await writeFile(projectFile, addUrlRegistration(wxs), 'utf8');
}
