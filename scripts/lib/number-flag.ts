import { parseArgs } from 'node:util';

export interface NumberRule {
  /** The smallest value allowed. */
  min: number;
  /** Only whole numbers (counts, seeds). */
  whole?: boolean;
}

/**
 * A script's numeric option, as `--name 20` or `--name=20` (node's own parser), or `fallback` when absent.
 * A value the rule refuses ends the script with one sentence and exit 2 rather than running with a figure
 * nobody asked for.
 */
export function numberFlag(name: string, fallback: number, rule: NumberRule): number;
export function numberFlag(name: string, fallback: undefined, rule: NumberRule): number | undefined;
export function numberFlag(name: string, fallback: number | undefined, rule: NumberRule): number | undefined {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { [name]: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value) || value < rule.min || (rule.whole === true && !Number.isInteger(value))) {
    process.stderr.write(
      `--${name} needs ${rule.whole ? 'a whole number' : 'a number'} of at least ${rule.min}.\n`,
    );
    process.exit(2);
  }
  return value;
}
