// A minimal NSIS installer around build/installer.nsh, included unchanged, built with Debian's makensis. It
// defines what electron-builder's templates give the include (PRODUCT_NAME, APP_EXECUTABLE_FILENAME, $appExe,
// $installMode with SetShellVarContext, ${isUpdated}) and does what they do around it: per user by default,
// per machine with /allusers, and an update that first runs the old uninstaller with --updated.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from './wine-env';

export const PRODUCT = 'Xima Tray Dialer';
export const EXE = 'Xima Tray Dialer.exe';
const UNINSTALLER = `Uninstall ${PRODUCT}.exe`;

function script(root: string, version: string, out: string, exe: string): string {
  return `Unicode true
Target amd64-unicode
SetCompressor zlib
!define PRODUCT_NAME "${PRODUCT}"
!define APP_EXECUTABLE_FILENAME "${EXE}"
Name "\${PRODUCT_NAME} ${version}"
OutFile "${out}"
RequestExecutionLevel admin
!include LogicLib.nsh
!include FileFunc.nsh

Var appExe
Var installMode

; electron-builder's \${isUpdated}: the command line holds --updated.
!macro _isUpdated _a _b _t _f
  \${GetParameters} $R9
  ClearErrors
  \${GetOptions} $R9 "--updated" $R8
  IfErrors \`\${_f}\` \`\${_t}\`
!macroend
!define isUpdated \`"" isUpdated ""\`

!include "${join(root, 'build', 'installer.nsh')}"

!macro chooseMode
  \${GetParameters} $R9
  ClearErrors
  \${GetOptions} $R9 "/allusers" $R8
  \${if} \${Errors}
    StrCpy $installMode CurrentUser
    SetShellVarContext current
    StrCpy $INSTDIR "$LOCALAPPDATA\\Programs\\xima-tray-dialer"
  \${else}
    StrCpy $installMode all
    SetShellVarContext all
    StrCpy $INSTDIR "$PROGRAMFILES64\\\${PRODUCT_NAME}"
  \${endIf}
  StrCpy $appExe "$INSTDIR\\\${APP_EXECUTABLE_FILENAME}"
!macroend

Function .onInit
  SetRegView 64
  !insertmacro chooseMode
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro chooseMode
FunctionEnd

Section
  \${if} \${FileExists} "$INSTDIR\\${UNINSTALLER}"
    StrCpy $R7 ""
    \${if} $installMode == all
      StrCpy $R7 "/allusers"
    \${endIf}
    ExecWait '"$INSTDIR\\${UNINSTALLER}" /S --updated $R7 _?=$INSTDIR'
  \${endIf}
  SetOutPath "$INSTDIR"
  File "/oname=\${APP_EXECUTABLE_FILENAME}" "${exe}"
  WriteUninstaller "$INSTDIR\\${UNINSTALLER}"
  !insertmacro customInstall
SectionEnd

Section Uninstall
  !insertmacro customUnInstall
  \${ifNot} \${isUpdated}
    Delete "$INSTDIR\\\${APP_EXECUTABLE_FILENAME}"
    Delete "$INSTDIR\\${UNINSTALLER}"
    RMDir "$INSTDIR"
  \${endIf}
SectionEnd
`;
}

/** Builds the installer for `version`; returns its path. */
export async function buildInstaller(root: string, work: string, version: string): Promise<string> {
  await mkdir(work, { recursive: true });
  // The app itself is not what is tested: a stand-in file takes the executable's name and place.
  const exe = join(work, 'stand-in.exe');
  await writeFile(exe, 'Xima Tray Dialer stand-in\n');
  const out = join(work, `xima-tray-dialer-setup-${version}.exe`);
  const nsi = join(work, `installer-${version}.nsi`);
  await writeFile(nsi, script(root, version, out, exe));
  await run('makensis', ['-V2', '-WX', nsi], { maxBuffer: 16 << 20 });
  return out;
}

export const uninstallerPath = (installDir: string): string => `${installDir}\\${UNINSTALLER}`;
