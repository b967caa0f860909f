/**
 * Policy files are written by hand, by PowerShell (`Out-File` writes UTF-16 with a byte-order mark on Windows
 * PowerShell 5) or by config management (UTF-8). The UTF-8 BOM is left for parsePolicy to strip.
 */
export function decodePolicyBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
