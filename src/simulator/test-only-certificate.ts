// TEST ONLY. A self-signed certificate for the simulator on loopback (SAN: localhost, 127.0.0.1, ::1).
// Its private key is public by design: it protects nothing and must never be trusted outside tests.
// Generated once with openssl (P-256, valid 10 years from 2026-11-21). Embedded as strings so the
// simulator does no file reads and can run inside the Electron main bundle (demo mode).

export const TEST_ONLY_LOOPBACK_CERT_PEM = `-----BEGIN CERTIFICATE-----
MIICLjCCAdOgAwIBAgIUND6CnX3kgY9ocEH9o6KS7378J6EwCgYIKoZIzj0EAwIw
QzESMBAGA1UEAwwJbG9jYWxob3N0MS0wKwYDVQQKDCRYaW1hIFRyYXkgRGlhbGVy
IHNpbXVsYXRvciBURVNUIE9OTFkwHhcNMjYxMTIxMTYyNjE2WhcNMzYxMTE4MTYy
NjE2WjBDMRIwEAYDVQQDDAlsb2NhbGhvc3QxLTArBgNVBAoMJFhpbWEgVHJheSBE
aWFsZXIgc2ltdWxhdG9yIFRFU1QgT05MWTBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABAx4Go67WzX1yCWUziwk9/1sR2e4/JTYUrdPpwqNBW3WMTupdLRpTjtQBZ/j
xRpbGJUJfJMMIw2zzO02bOuhzyGjgaQwgaEwHQYDVR0OBBYEFBZTulndsxManYfm
G4XuUjKFl/78MB8GA1UdIwQYMBaAFBZTulndsxManYfmG4XuUjKFl/78MCwGA1Ud
EQQlMCOCCWxvY2FsaG9zdIcEfwAAAYcQAAAAAAAAAAAAAAAAAAAAATAMBgNVHRMB
Af8EAjAAMA4GA1UdDwEB/wQEAwIHgDATBgNVHSUEDDAKBggrBgEFBQcDATAKBggq
hkjOPQQDAgNJADBGAiEAmsqSqOoux9Kp8yba69612zKSrZO8XL7E6N1F9TMBJAQC
IQCfDFtlPaeYil/4mUofREEfjFV4QiAAj3WCv0ueCZML7Q==
-----END CERTIFICATE-----
`;

export const TEST_ONLY_LOOPBACK_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg/+jmcMFxqoh+3Mzo
ppNWs/7w6NfWsPOwlJ2A5CBZWBihRANCAAQMeBqOu1s19cgllM4sJPf9bEdnuPyU
2FK3T6cKjQVt1jE7qXS0aU47UAWf48UaWxiVCXyTDCMNs8ztNmzroc8h
-----END PRIVATE KEY-----
`;
