import type { Page } from 'playwright-core';

/** How far the page scrolls sideways (0 or less: it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Visible elements matching `selector` whose text does not fit their box (cut off by overflow or an
 * ellipsis), or that stick out of the panel sideways; described as `tag "text"` for the failure message.
 */
export function clippedText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const width = document.documentElement.clientWidth;
    const clipped: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const cut =
        el.scrollWidth > el.clientWidth + 1 ||
        (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) ||
        box.right > width + 0.5 ||
        box.left < -0.5;
      if (cut) clipped.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}"`);
    }
    return clipped;
  }, selector);
}
