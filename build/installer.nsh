; Registers Xima Tray Dialer as a handler for tel: and callto: the way Windows' Default apps expects
; (a ProgID per scheme, a Capabilities key with URLAssociations, and an entry in RegisteredApplications),
; so the agent or an admin can pick it in Settings > Apps > Default apps. Windows 10+ keeps the actual choice
; (UserChoice) to the user or to a default-associations policy; an installer may not take it.
;
; SHCTX is HKCU for a per-user install and HKLM for a per-machine one (/allusers), so uninstall removes
; exactly what install wrote.

!define XTD_CAPABILITIES "Software\XimaTrayDialer\Capabilities"

!macro XtdRegisterScheme SCHEME
  WriteRegStr SHCTX "Software\Classes\XimaTrayDialer.${SCHEME}" "" "URL:${SCHEME} (Xima Tray Dialer)"
  WriteRegStr SHCTX "Software\Classes\XimaTrayDialer.${SCHEME}" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\XimaTrayDialer.${SCHEME}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHCTX "Software\Classes\XimaTrayDialer.${SCHEME}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHCTX "${XTD_CAPABILITIES}\URLAssociations" "${SCHEME}" "XimaTrayDialer.${SCHEME}"
!macroend

!macro customInstall
  WriteRegStr SHCTX "${XTD_CAPABILITIES}" "ApplicationName" "${PRODUCT_NAME}"
  WriteRegStr SHCTX "${XTD_CAPABILITIES}" "ApplicationDescription" "Dial tel: and callto: links through Xima CCaaS from your own extension."
  WriteRegStr SHCTX "${XTD_CAPABILITIES}" "ApplicationIcon" "$appExe,0"
  !insertmacro XtdRegisterScheme "tel"
  !insertmacro XtdRegisterScheme "callto"
  WriteRegStr SHCTX "Software\RegisteredApplications" "Xima Tray Dialer" "${XTD_CAPABILITIES}"
  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

; The app's "Make default" button calls Electron's setAsDefaultProtocolClient, which on Windows writes
; HKCU\Software\Classes\<scheme> with this executable as its command. Left behind, tel: links would point at a
; deleted file, so it goes too — but only while it still points here (another app may have taken it since).
!macro XtdRemoveAppWrittenScheme SCHEME
  Push $0
  ReadRegStr $0 HKCU "Software\Classes\${SCHEME}\shell\open\command" ""
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
