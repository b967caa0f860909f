import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, read from node_modules: the page never fetches anything. */
const AXE_SOURCE = (require('axe-core') as { source: string }).source;

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now; one line per violation,
 * naming the rule and the offending elements, so a failure says what to fix.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated over the debugging protocol: the panel's CSP (rightly) refuses inline scripts.
  if (!injected) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}
