// `npm run package:check`: packs the Linux app with electron-builder against a stand-in Electron (no download,
// no network) and asserts what would ship: the asar's contents, the .desktop file the deb and AppImage targets
// write, and the fuses flipped in the packed binary. Exits non-zero with one sentence per failure.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, Platform, build } from 'electron-builder';
import { POLICY_FOLDER_SDDL } from '../build/msi-project-created.mjs';

const projectDir = resolve(import.meta.dirname, '..');
const require = createRequire(join(projectDir, 'package.json'));
// @electron/asar is electron-builder's own dependency: read the archive with the code that wrote it.
const asar = createRequire(require.resolve('app-builder-lib'))('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  extractFile(archive: string, file: string): Buffer;
};

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron 45's shipped defaults, in wire order (RunAsNode … WasmTrapHandlers): the stand-in starts where a real
// binary starts, so the check proves electron-builder flipped them.
const ELECTRON_DEFAULT_FUSES = '101100011';
const EXPECTED_FUSES: [FuseV1Options, FuseState][] = [
  [FuseV1Options.RunAsNode, FuseState.DISABLE],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseState.DISABLE],
  [FuseV1Options.EnableNodeCliInspectArguments, FuseState.DISABLE],
  [FuseV1Options.EnableCookieEncryption, FuseState.ENABLE],
  [FuseV1Options.OnlyLoadAppFromAsar, FuseState.ENABLE],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseState.ENABLE],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, FuseState.DISABLE],
];
const EXPECTED_MIME = 'MimeType=x-scheme-handler/tel;x-scheme-handler/callto;';
const DESKTOP_FILE = 'xima-tray-dialer.desktop';
const EXECUTABLE = 'xima-tray-dialer';

const MSI_STOP = 'package:check stops the MSI build here (WiX would be downloaded next).';
/** The MSI project element that carries the tel:/callto: registration (build/msi-project-created.mjs). */
const MSI_REGISTRATION = 'Id="XimaTrayDialerUrlRegistration"';

/** `--verbose` prints the shipped packages and the .desktop entries. */
const verbose = process.argv.includes('--verbose');
const failures: string[] = [];
const fail = (sentence: string): void => void failures.push(sentence);

/** An unpacked "Electron" that is just a file carrying a real fuse wire, a LICENSE and an empty resources/. */
function createStandInElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for package:check"\nexit 0\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES),
    Buffer.alloc(64),
  ]);
  writeFileSync(join(dir, 'electron'), wire);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron license.\n');
}

/** package.json "dependencies" and everything they pull in (optional ones only when installed). */
function productionPackages(): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string, optional: boolean): void => {
    if (seen.has(name)) return;
    const manifest = join(projectDir, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) {
      if (!optional) fail(`Production dependency ${name} is not installed; run npm ci first.`);
      return;
    }
    seen.add(name);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, false);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, true);
  };
  const root = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const dep of Object.keys(root.dependencies ?? {})) visit(dep, false);
  return seen;
}

function checkAsar(archive: string): number {
  const files = asar
    .listPackage(archive, { isPack: false })
    .map((f) => f.replaceAll('\\', '/').replace(/^\//, ''));
  // The shell loads tray and notification icons from the app root, so they ship next to out/.
  const required = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json'];
  for (const entry of [...required, 'resources/icon.png', 'resources/tray/readyTemplate.png']) {
    if (!files.includes(entry)) fail(`The asar lacks ${entry}, which the app needs at run time.`);
  }
  const forbidden: [RegExp, string][] = [
    [/^src\//, 'TypeScript sources'],
    [/^test\//, 'tests'],
    [/\.map$/, 'source maps'],
    [/(^|\/)\.env/, '.env files'],
    [/(^|\/)fixtures?\//, 'fixtures'],
    [/^(scripts|docs|build|release)\//, 'build-time folders'],
    [/^resources\/(?!icon\.png$|tray(\/[^/]+\.png)?$)/, 'icon sources or scripts'],
  ];
  for (const [pattern, what] of forbidden) {
    const hit = files.find((f) => pattern.test(f));
    if (hit) fail(`The asar contains ${what} (${hit}); only what runs may ship.`);
  }
  const shippedRoots = /^(out|node_modules|resources)(\/|$)|^package\.json$/;
  const outside = files.find((f) => !shippedRoots.test(f));
  if (outside)
    fail(`The asar contains ${outside}, which is neither app code, an icon nor a production dependency.`);

  const allowed = productionPackages();
  const shipped = new Set(
    files
      .map((f) => /^node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)(\/|$)/.exec(f)?.[1])
      .filter((name): name is string => name !== undefined),
  );
  for (const name of shipped) {
    if (!allowed.has(name)) fail(`node_modules/${name} is in the asar but is not a production dependency.`);
  }
  if (verbose) console.log(`Shipped packages: ${[...shipped].sort().join(', ')}`);
  for (const name of ['electron-updater', 'koffi', 'libphonenumber-js', 'zod']) {
    if (!shipped.has(name)) fail(`Production dependency ${name} is missing from the asar.`);
  }
  for (const name of ['react', 'react-dom', 'electron', 'electron-store', 'vite']) {
    if (shipped.has(name)) fail(`${name} is shipped in node_modules; it must be bundled or left out.`);
  }
  return files.length;
}

/** koffi's native binary must sit outside the asar: a .node file cannot be dlopen'ed from inside it. */
function checkNativeUnpacked(appOutDir: string): void {
  const binding = join(
    appOutDir,
    'resources/app.asar.unpacked/node_modules/@koromix',
    `koffi-${process.platform}-${process.arch}`,
    `${process.platform}_${process.arch}`,
    'koffi.node',
  );
  if (!existsSync(binding)) fail(`koffi's native binary is not unpacked next to the asar (${binding}).`);
}

/** Electron takes the Wayland app_id / WM_CLASS from the packaged package.json's desktopName. */
function checkPackagedManifest(archive: string): void {
  const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as Record<
    string,
    unknown
  >;
  if (manifest.desktopName !== DESKTOP_FILE) {
    fail(`The packaged package.json has desktopName ${String(manifest.desktopName)}, not ${DESKTOP_FILE}.`);
  }
  if (manifest.main !== './out/main/index.js' && manifest.main !== 'out/main/index.js') {
    fail(`The packaged package.json's main is ${String(manifest.main)}, not out/main/index.js.`);
  }
}

async function checkFuses(binary: string): Promise<void> {
  const wire = await getCurrentFuseWire(binary);
  for (const [fuse, want] of EXPECTED_FUSES) {
    const got = wire[fuse];
    if (got !== want) {
      const word = (s: number | undefined): string =>
        s === FuseState.ENABLE ? 'on' : s === FuseState.DISABLE ? 'off' : `${s}`;
      fail(`Fuse ${FuseV1Options[fuse]} is ${word(got)} in the packed binary; it must be ${word(want)}.`);
    }
  }
}

function checkDesktopEntry(target: string, text: string | undefined, fileName: string | undefined): void {
  if (text === undefined) return fail(`electron-builder did not produce the ${target} .desktop entry.`);
  if (verbose) console.log(`${target} ${fileName}:\n${text}`);
  const lines = text.split('\n');
  if (!lines.includes(EXPECTED_MIME)) fail(`The ${target} .desktop file lacks "${EXPECTED_MIME}".`);
  if (!lines.includes('StartupWMClass=xima-tray-dialer')) {
    fail(`The ${target} .desktop file's StartupWMClass does not match desktopName xima-tray-dialer.`);
  }
  if (!lines.some((l) => l.startsWith('Exec=') && l.endsWith(' -- %U'))) {
    fail(`The ${target} .desktop Exec line does not pass the clicked link after -- (-- %U).`);
  }
  if (fileName !== DESKTOP_FILE)
    fail(`The ${target} .desktop file is named ${fileName}, not ${DESKTOP_FILE}.`);
}

type Section = Record<string, unknown>;

/** What the Windows and macOS builds would be made from: those targets cannot be built here, their settings are read. */
function checkInstallerConfig(): Section {
  const yaml = createRequire(require.resolve('app-builder-lib'))('js-yaml') as {
    load(text: string): unknown;
  };
  const config = yaml.load(readFileSync(join(projectDir, 'electron-builder.yml'), 'utf8')) as Section;
  const section = (name: string): Section => (config[name] ?? {}) as Section;
  const expect = (ok: boolean, sentence: string): void => void (ok || fail(sentence));
  const targets = (platform: string): unknown => section(platform).target;
  const protocols = (config.protocols ?? []) as { schemes?: string[] }[];
  const schemes = protocols.flatMap((p) => p.schemes ?? []);
  expect(
    ['tel', 'callto'].every((s) => schemes.includes(s)),
    'protocols must list the tel and callto schemes.',
  );
  expect(
    JSON.stringify(targets('win')) === '["nsis","msi"]',
    'Windows must build an NSIS installer and an MSI.',
  );
  expect(
    section('nsis').perMachine === false && section('nsis').include === 'build/installer.nsh',
    'The NSIS installer must be per user and include build/installer.nsh (tel:/callto: registration).',
  );
  expect(section('msi').perMachine === true, 'The MSI must install per machine for Group Policy and Intune.');
  for (const target of ['nsis', 'msi']) {
    expect(
      section(target).createStartMenuShortcut === true,
      `The ${target} target must create a Start-menu entry.`,
    );
  }
  expect(JSON.stringify(targets('mac')) === '["dmg","zip"]', 'macOS must build a dmg and a zip.');
  const mac = section('mac');
  const info = (mac.extendInfo ?? {}) as Section;
  expect(mac.hardenedRuntime === true, 'The macOS build must use the hardened runtime.');
  expect(info.LSUIElement === true, 'The macOS app must be a menu-bar app (LSUIElement).');
  // Usage strings make macOS ask for permissions; the app only needs Accessibility, which has none.
  const usage = Object.keys(info).filter((k) => /UsageDescription$/.test(k));
  expect(usage.length === 0, `Info.plist asks for permissions the app does not use: ${usage.join(', ')}.`);
  for (const key of ['entitlements', 'entitlementsInherit']) {
    const plist = readFileSync(join(projectDir, String(mac[key])), 'utf8');
    const granted = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(
      JSON.stringify(granted) === '["com.apple.security.cs.allow-jit"]',
      `The macOS ${key} must grant only com.apple.security.cs.allow-jit, not ${granted.join(', ')}.`,
    );
  }
  expect(
    JSON.stringify(targets('linux')) === '["AppImage","deb"]',
    'Linux must build an AppImage and a deb.',
  );
  return config;
}

/**
 * Runs electron-builder's real MSI target on a stand-in win-unpacked folder up to the WiX project, through the hook
 * electron-builder.yml names, and stops before WiX (a download). Returns the project the MSI would be compiled from.
 */
async function msiProject(work: string, hookPath: string, executable: string): Promise<string> {
  const unpacked = join(work, 'win-unpacked');
  mkdirSync(join(unpacked, 'resources'), { recursive: true });
  // Named as win.executableName makes it: the MSI's shortcut and tel: command find the app only when that matches.
  writeFileSync(join(unpacked, executable), 'MZ stand-in');
  writeFileSync(join(unpacked, 'resources', 'app.asar'), 'stand-in');
  // A 256 px .ico header: electron-builder uses an .ico as is, where a .png would need its icon toolset (a download).
  const ico = Buffer.alloc(30);
  ico.writeUInt16LE(1, 2);
  ico.writeUInt16LE(1, 4);
  writeFileSync(join(work, 'icon.ico'), ico);
  // The hook as electron-builder itself resolves the path in electron-builder.yml.
  const { resolveFunction } = require('app-builder-lib/out/util/resolve.js') as {
    resolveFunction(type: string, path: string, name: string, root: string): Promise<unknown>;
  };
  const hook = await resolveFunction('module', hookPath, 'msiProjectCreated', projectDir);
  if (typeof hook !== 'function') throw new Error(`electron-builder cannot load the MSI hook ${hookPath}.`);
  let project = '';
  try {
    await build({
      projectDir,
      publish: 'never',
      prepackaged: unpacked,
      targets: Platform.WINDOWS.createTarget(['msi'], Arch.x64),
      config: {
        electronVersion: (require('electron/package.json') as { version: string }).version,
        npmRebuild: false,
        win: { icon: join(work, 'icon.ico') },
        directories: { output: join(work, 'release-win') },
        msiProjectCreated: async (file: string) => {
          await (hook as (path: string) => Promise<void>)(file);
          project = readFileSync(file, 'utf8');
          throw new Error(MSI_STOP);
        },
      },
    });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes(MSI_STOP))) throw error;
  }
  return project;
}

function checkMsiProject(project: string): void {
  if (project === '') return fail('electron-builder did not produce the MSI project.');
  if (verbose) console.log(`MSI project:\n${project}`);
  if (!project.includes(MSI_REGISTRATION)) fail('The MSI does not register tel:/callto: for Default apps.');
  for (const scheme of ['tel', 'callto']) {
    if (!project.includes(`Name="${scheme}" Type="string" Value="XimaTrayDialer.${scheme}"`)) {
      fail(`The MSI's URLAssociations lack ${scheme}.`);
    }
  }
  if (!project.includes('Value="&quot;[#mainExecutable]&quot; -- &quot;%1&quot;"'))
    fail('The MSI registers tel:/callto: without -- before %1 (a link could carry a switch).');
  if (
    !project.includes(`<PermissionEx Sddl="${POLICY_FOLDER_SDDL}"/>`) ||
    !project.includes('Id="CommonAppDataFolder"')
  )
    fail('The MSI does not create %ProgramData%\\XimaTrayDialer with the admin-only ACL.');
  if (!project.includes('Id="startMenuShortcut"')) fail('The MSI creates no Start-menu entry.');
  if (!project.includes('<Property Id="ALLUSERS" Secure="yes" Value="1"/>'))
    fail('The MSI is not per machine.');
}

/** The deb installs the icon set into hicolor under the name the .desktop file's Icon= line uses. */
function checkIconSet(mappings: string[]): void {
  if (verbose) console.log(`deb icons:\n  ${mappings.join('\n  ')}`);
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
    const target = `/usr/share/icons/hicolor/${size}x${size}/apps/${EXECUTABLE}.png`;
    if (!mappings.some((m) => m.endsWith(`=${target}`)))
      fail(`The deb does not install the ${size} px icon (${target}).`);
  }
}

async function main(): Promise<number> {
  if (!existsSync(join(projectDir, 'out/main/index.js'))) {
    console.log('out/ is missing: building with electron-vite first.');
    const built = spawnSync(join(projectDir, 'node_modules/.bin/electron-vite'), ['build'], {
      cwd: projectDir,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('electron-vite build failed, so there is nothing to package.');
  }

  const config = checkInstallerConfig();
  const work = mkdtempSync(join(tmpdir(), 'xtd-package-check-'));
  try {
    const electronDist = join(work, 'electron-dist');
    createStandInElectron(electronDist);
    const electronVersion = (require('electron/package.json') as { version: string }).version;

    // deb and AppImage stop at electron-builder's effectiveOptionComputed hook, after computing their .desktop
    // entry and before fpm/appimagetool (which would be downloaded). linux-unpacked is built in full.
    const desktop: Record<string, { text: string; fileName: string | undefined }> = {};
    const debIcons: string[] = [];
    await build({
      projectDir,
      publish: 'never',
      targets: Platform.LINUX.createTarget(['deb', 'AppImage'], Arch[process.arch as keyof typeof Arch]),
      effectiveOptionComputed: async (computed: unknown) => {
        if (Array.isArray(computed) && typeof computed[1] === 'string') {
          const [args, file] = computed as [string[], string];
          const mapping = args.find((a) => a.startsWith(`${file}=`));
          desktop.deb = { text: readFileSync(file, 'utf8'), fileName: mapping?.split('/').pop() };
          debIcons.push(...args.filter((a) => a.includes('=/usr/share/icons/hicolor/')));
        } else if (computed && typeof computed === 'object' && 'desktop' in computed) {
          const { desktop: text, desktopFileName } = computed as { desktop: string; desktopFileName: string };
          desktop.AppImage = { text, fileName: desktopFileName };
        }
        return true;
      },
      config: {
        electronDist,
        electronVersion,
        npmRebuild: false,
        directories: { output: join(work, 'release') },
      },
    });

    const appOutDir = join(
      work,
      'release',
      process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`,
    );
    const archive = join(appOutDir, 'resources', 'app.asar');
    if (!existsSync(archive)) throw new Error(`electron-builder wrote no app.asar at ${archive}.`);
    const fileCount = checkAsar(archive);
    checkPackagedManifest(archive);
    checkNativeUnpacked(appOutDir);
    await checkFuses(join(appOutDir, EXECUTABLE));
    checkDesktopEntry('deb', desktop.deb?.text, desktop.deb?.fileName);
    checkDesktopEntry('AppImage', desktop.AppImage?.text, desktop.AppImage?.fileName);
    checkIconSet(debIcons);
    const hookPath = config.msiProjectCreated;
    if (typeof hookPath !== 'string')
      fail('electron-builder.yml names no msiProjectCreated hook for the MSI.');
    else {
      const win = (config.win ?? {}) as Section;
      const executable = `${String(win.executableName ?? config.productName)}.exe`;
      checkMsiProject(await msiProject(work, hookPath, executable));
    }

    if (failures.length > 0) {
      console.error(`\npackage:check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
      return 1;
    }
    console.log(
      [
        '\npackage:check passed:',
        `  asar: ${fileCount} entries, only out/**, runtime icons and production dependencies; no sources, tests, maps or .env`,
        `  koffi's native binary unpacked beside the asar; packaged desktopName ${DESKTOP_FILE}`,
        `  .desktop (deb and AppImage): ${DESKTOP_FILE} with ${EXPECTED_MIME} — hicolor icons 16–512 px`,
        `  fuses in ${EXECUTABLE}: RunAsNode, NODE_OPTIONS, --inspect and file:// extra privileges off; cookie encryption, asar-only and asar integrity on`,
        '  MSI project (electron-builder template + build/msi-project-created.mjs): tel:/callto: Default-apps registration, Start-menu entry, per machine',
        '  config: NSIS per user with build/installer.nsh, MSI per machine; dmg+zip, LSUIElement, hardened runtime, allow-jit only; AppImage+deb',
      ].join('\n'),
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// electron-builder installs exit hooks that reset process.exitCode, so the outcome is passed to process.exit.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `package:check could not package the app: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
