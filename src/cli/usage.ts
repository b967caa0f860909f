export const USAGE = `xima-dial — place Xima CCaaS calls from a terminal

Usage:
  xima-dial dial <text-or-tel-uri> [--selected | --caller-id <number>] [--prefix <digits>] [--timeout <seconds>]
  xima-dial caller-ids [--json]
  xima-dial select-caller-id <number-or-label>
  xima-dial callback --skill <name> <text-or-tel-uri>
  xima-dial parse <text> [--json] [--country <CC>] [--format idd|e164]

Configuration (flags override the environment; an empty variable counts as unset):
  XIMA_HOST       / --host <fqdn>         tenant host, e.g. acme.xima.cloud (HTTPS)
  XIMA_BASE_URL   / --base-url <url>      override for testing; http:// only to this computer
  XIMA_EXTENSION  / --extension <ext>     your agent extension (letters and digits)
  XIMA_TOKEN      / --token-file <file>   service-user token (no token flag: arguments are visible to others)
  XIMA_COUNTRY    / --country <CC>        default country for numbers (default US)
  XIMA_FORMAT     / --format idd|e164     how numbers in other countries are dialed (default idd)
  --timeout <seconds>                     deadline for each request (default 10)

Exit codes: 0 ok; 2 bad input or configuration (nothing sent); 3 rejected by Xima (400/403/404);
4 token rejected (401); 5 rate limited (429); 6 network, timeout or server error.
`;
