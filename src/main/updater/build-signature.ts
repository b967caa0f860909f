import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CODESIGN_TIMEOUT_MS = 15_000;

/**
 * The `publisherName` electron-builder wrote into `resources/app-update.yml`: electron-updater checks a Windows
 * update's Authenticode signer against it, and skips the check when it is missing. The file is electron-builder's
 * own flat output, where the key is a scalar or a one-item list.
 */
export function readPublisherName(resourcesPath: string): string | null {
  let text: string;
  try {
    text = readFileSync(join(resourcesPath, 'app-update.yml'), 'utf8');
  } catch {
    return null;
  }
  const match = /^publisherName:[ \t]*(.*)\r?\n?((?:[ \t]+-[ \t]*.*\r?\n?)*)/m.exec(text);
  if (!match) return null;
  const inline = match[1]?.trim() ?? '';
  const first =
    (match[2] ?? '')
      .split('\n')[0]
      ?.replace(/^\s*-\s*/, '')
      .trim() ?? '';
  const name = (inline && inline !== '[]' ? inline : first).replace(/^['"[]+|['"\]]+$/g, '').trim();
  return name || null;
}

/** The `.app` bundle holding the running executable (`X.app/Contents/MacOS/X`). */
export function appBundlePath(executablePath: string): string {
  return join(executablePath, '..', '..', '..');
}

/** Whether macOS accepts the bundle's code signature, sealed resources and nested code included. */
export function verifyCodeSignature(bundlePath: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(
      '/usr/bin/codesign',
      ['--verify', '--deep', '--strict', bundlePath],
      { timeout: CODESIGN_TIMEOUT_MS },
      (error) => resolve(error === null),
    );
  });
}
