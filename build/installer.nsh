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

!macro customUnInstall
  DeleteRegValue SHCTX "Software\RegisteredApplications" "Xima Tray Dialer"
  DeleteRegKey SHCTX "Software\XimaTrayDialer"
  DeleteRegKey SHCTX "Software\Classes\XimaTrayDialer.tel"
  DeleteRegKey SHCTX "Software\Classes\XimaTrayDialer.callto"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
