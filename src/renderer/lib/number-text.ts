import type { UnderstoodNumber } from '../../shared/phone-types';

/**
 * The number without its split-off extension, for places that show the extension on a line of its
 * own ("then key in ext. 22") — otherwise the agent reads the extension twice.
 */
export function numberOnly(number: Pick<UnderstoodNumber, 'display' | 'extension'>): string {
  const { display, extension } = number;
  if (!extension) return display;
  const escaped = extension.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const suffix = new RegExp(`[\\s,;]*(?:ext\\.?|extension|x|#)\\s*${escaped}\\s*$`, 'i');
  const stripped = display.replace(suffix, '');
  return stripped.trim() ? stripped : display;
}
