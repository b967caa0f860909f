import { describe, expect, it } from 'vitest';
import { resolveBaseUrl, validateExtension, validateHost } from '../../../src/core/xima/base-url';

describe('resolveBaseUrl from a tenant host', () => {
  it.each([
    ['acme.xima.cloud', 'https://acme.xima.cloud'],
    ['  acme.xima.cloud\n', 'https://acme.xima.cloud'],
    ['ACME.Xima.Cloud', 'https://acme.xima.cloud'],
    ['https://acme.xima.cloud/', 'https://acme.xima.cloud'],
    ['https://acme.xima.cloud', 'https://acme.xima.cloud'],
    ['HTTPS://acme.xima.cloud/', 'https://acme.xima.cloud'],
    ['acme.xima.cloud.', 'https://acme.xima.cloud'],
  ])('%j becomes %s', (host, url) => {
    expect(resolveBaseUrl({ host })).toEqual({ ok: true, url });
  });

  it.each([
    ['', /Enter your Xima tenant host/],
    ['acme.xima.cloud/rest/api', /without a path/],
    ['https://acme.xima.cloud/rest/api/v1', /without a path/],
    ['acme.xima.cloud?x=1', /without a path/],
    ['acme.xima.cloud:8443', /without a port/],
    ['user:pw@acme.xima.cloud', /user name or password/],
    ['https://me@acme.xima.cloud/', /user name or password/],
    ['acme xima.cloud', /cannot contain spaces/],
    ['http://acme.xima.cloud', /HTTPS only/],
    ['ftp://acme.xima.cloud', /HTTPS only/],
    ['localhost', /not a valid host name/],
    ['acme..cloud', /not a valid host name/],
    ['-acme.xima.cloud', /not a valid host name/],
    ['acme_corp.xima.cloud', /not a valid host name/],
    ['10.0.0.1', /not a valid host name/],
  ])('refuses %j with a sentence', (host, message) => {
    const result = resolveBaseUrl({ host });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(validateHost(host)).toMatch(message);
  });

  it('accepts a good host in validateHost', () => {
    expect(validateHost('acme.xima.cloud')).toBeNull();
  });
});

describe('resolveBaseUrl with a base-URL override', () => {
  it.each([
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.5.6.7:8080/', 'http://127.5.6.7:8080'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
    ['https://127.0.0.1:8443', 'https://127.0.0.1:8443'],
    ['https://staging.example.com:8443/', 'https://staging.example.com:8443'],
  ])('%s is allowed', (baseUrl, url) => {
    expect(resolveBaseUrl({ baseUrl, host: 'ignored.xima.cloud' })).toEqual({ ok: true, url });
  });

  it.each([
    ['http://acme.xima.cloud', /only to this computer/],
    ['http://10.0.0.5:8080', /only to this computer/],
    ['http://127.0.0.1.evil.com', /only to this computer/],
    ['https://acme.xima.cloud/rest', /must not contain a path/],
    ['https://acme.xima.cloud/?q', /must not contain a path/],
    ['https://user:pw@acme.xima.cloud', /user name or password/],
    ['ftp://127.0.0.1', /must start with https/],
    ['not a url', /cannot contain spaces/],
    ['acme', /not a URL/],
  ])('%s is refused', (baseUrl, message) => {
    const result = resolveBaseUrl({ baseUrl });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('an empty override falls back to the host', () => {
    expect(resolveBaseUrl({ baseUrl: '  ', host: 'acme.xima.cloud' })).toEqual({
      ok: true,
      url: 'https://acme.xima.cloud',
    });
  });
});

describe('validateExtension', () => {
  it.each(['1001', 'A12', 'agent7'])('accepts %s', (ext) => {
    expect(validateExtension(ext)).toBeNull();
  });

  it.each([
    ['', /Enter your Xima extension/],
    ['10 01', /only letters and digits/],
    ['1001/../../callback', /only letters and digits/],
    ['1001?x', /only letters and digits/],
    ['１００１', /only letters and digits/],
    ['1'.repeat(33), /too long/],
  ])('refuses %j', (ext, message) => {
    expect(validateExtension(ext)).toMatch(message);
  });
});
