; Registers Xima Tray Dialer as a handler for tel: and callto: the way Windows' Default apps expects
; (a ProgID per scheme, a Capabilities key with URLAssociations, and an entry in RegisteredApplications),
; so the agent or an admin can pick it in Settings > Apps > Default apps. Windows 10+ keeps the actual choice
; (UserChoice) to the user or to a default-associations policy; an installer may not take it.
;
; SHCTX is HKCU for a per-user install and HKLM for a per-machine one (/allusers), so uninstall removes
; exactly what install wrote.

!define XTD_CAPABILITIES "Software\XimaTrayDialer\Capabilities"
; %ProgramData%\XimaTrayDialer holds the admin's policy.json: owned by Administrators, written only by Administrators
; and SYSTEM, read by users, nothing inherited from ProgramData (where any user may create folders). The same SDDL as
; the MSI's (build/msi-project-created.mjs); a test holds the two equal.
!define XTD_POLICY_FOLDER_SDDL "O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)"

!macro XtdRegisterScheme SCHEME
  WriteRegStr SHCTX "Software\Classes\XimaTrayDialer.${SCHEME}" "" "URL:${SCHEME} (Xima Tray Dialer)"
  WriteRegStr SHCTX "Software\Classes\XimaTrayDialer.${SCHEME}" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\XimaTrayDialer.${SCHEME}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHCTX "Software\Classes\XimaTrayDialer.${SCHEME}\shell\open\command" "" '"$appExe" -- "%1"'
  WriteRegStr SHCTX "${XTD_CAPABILITIES}\URLAssociations" "${SCHEME}" "XimaTrayDialer.${SCHEME}"
!macroend

; Per machine only. A folder planted there before the install is taken over: owner and ACL are replaced and the
; protected ACL is pushed down to what it holds. If Windows refuses, the install stops rather than leave a policy
; folder users could write. $APPDATA is ProgramData under electron-builder's SetShellVarContext all.
!macro XtdProtectPolicyFolder
  Push $0
  Push $1
  Push $2
  Push $3
  Push $4
  Push $5
  CreateDirectory "$APPDATA\XimaTrayDialer"
  ; $0: SetNamedSecurityInfoW's error code (0 = done); 1 until it has run.
  StrCpy $0 1
  System::Call 'advapi32::ConvertStringSecurityDescriptorToSecurityDescriptorW(w "${XTD_POLICY_FOLDER_SDDL}", i 1, *p .r1, p 0) i .r5'
  ${if} $5 != 0
    System::Call 'advapi32::GetSecurityDescriptorOwner(p r1, *p .r2, *i .r5)'
    System::Call 'advapi32::GetSecurityDescriptorGroup(p r1, *p .r3, *i .r5)'
    System::Call 'advapi32::GetSecurityDescriptorDacl(p r1, *i .r5, *p .r4, *i .r5)'
    ; SE_FILE_OBJECT; OWNER, GROUP, DACL and PROTECTED_DACL_SECURITY_INFORMATION.
    System::Call 'advapi32::SetNamedSecurityInfoW(w "$APPDATA\XimaTrayDialer", i 1, i 0x80000007, p r2, p r3, p r4, p 0) i .r0'
    System::Call 'kernel32::LocalFree(p r1)'
  ${endIf}
  ${if} $0 != 0
    MessageBox MB_ICONSTOP "Windows did not let the installer protect $APPDATA\XimaTrayDialer (error $0), so users could plant a policy there. Run the installer as an administrator." /SD IDOK
    Abort
  ${endIf}
  Pop $5
  Pop $4
  Pop $3
  Pop $2
  Pop $1
  Pop $0
!macroend

!macro customInstall
  WriteRegStr SHCTX "${XTD_CAPABILITIES}" "ApplicationName" "${PRODUCT_NAME}"
  WriteRegStr SHCTX "${XTD_CAPABILITIES}" "ApplicationDescription" "Dial tel: and callto: links through Xima CCaaS from your own extension."
  WriteRegStr SHCTX "${XTD_CAPABILITIES}" "ApplicationIcon" "$appExe,0"
  !insertmacro XtdRegisterScheme "tel"
  !insertmacro XtdRegisterScheme "callto"
  WriteRegStr SHCTX "Software\RegisteredApplications" "Xima Tray Dialer" "${XTD_CAPABILITIES}"
  ${if} $installMode == "all"
    !insertmacro XtdProtectPolicyFolder
  ${endIf}
  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

; The app's "Make default" button calls Electron's setAsDefaultProtocolClient, which on Windows writes
; HKCU\Software\Classes\<scheme> with this executable as its command (`"<exe>" "--" "%1"` since links are registered
; with --, `"<exe>" "%1"` before). Left behind, tel: links would point at a deleted file, so it goes too — but only
; while it still points here (another app may have taken it since).
!macro XtdRemoveAppWrittenScheme SCHEME
  Push $0
  ReadRegStr $0 HKCU "Software\Classes\${SCHEME}\shell\open\command" ""
  StrCmp $0 '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "--" "%1"' +2 0
  StrCmp $0 '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"' 0 +2
  DeleteRegKey HKCU "Software\Classes\${SCHEME}"
  ClearErrors
  Pop $0
!macroend

; An update runs the old version's uninstaller (with --updated) before installing the new one: the registration and
; the agent's own default stay in place then, and customInstall writes the registration again.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    DeleteRegValue SHCTX "Software\RegisteredApplications" "Xima Tray Dialer"
    DeleteRegKey SHCTX "Software\XimaTrayDialer"
    DeleteRegKey SHCTX "Software\Classes\XimaTrayDialer.tel"
    DeleteRegKey SHCTX "Software\Classes\XimaTrayDialer.callto"
    !insertmacro XtdRemoveAppWrittenScheme "tel"
    !insertmacro XtdRemoveAppWrittenScheme "callto"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ${endIf}
!macroend
