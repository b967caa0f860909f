import type { Page } from 'playwright-core';

export interface FocusStop {
  tag: string;
  id: string;
  /** What a screen reader would announce as the control's name (approximation of the accessible name). */
  name: string;
  /** The focus ring is drawn (outline) — "focus always visible". */
  visible: boolean;
}

/** Describes the focused element the way the keyboard walk-through checks it. */
export function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const text = (ids: string) =>
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ')
        .trim();
    const labelled = el.getAttribute('aria-labelledby');
    const labels = (el as HTMLInputElement).labels;
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? text(labelled) : null) ??
      (labels && labels.length > 0 ? (labels[0]?.textContent?.trim() ?? '') : null) ??
      el.textContent?.trim() ??
      '';
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: name || el.textContent?.trim() || '',
      visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });
}

/** Presses Tab until `done` says stop (or `max` presses), returning every stop on the way. */
export async function tabUntil(
  page: Page,
  done: (stop: FocusStop) => boolean,
  max = 40,
): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (!stop) continue;
    stops.push(stop);
    if (done(stop)) return stops;
  }
  throw new Error(`Tab never reached the control; stops: ${stops.map((s) => s.name || s.id).join(' → ')}`);
}
