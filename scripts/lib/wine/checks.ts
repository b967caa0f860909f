// A few named checks with a plain summary line ("N passed, N failed") that CI reads.
export type Check = () => Promise<void>;

export class CheckFailed extends Error {}

export function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new CheckFailed(message);
}

export function same(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  expectThat(a === e, `${what}: expected ${e}, got ${a}`);
}

export async function runChecks(checks: [string, Check][]): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  for (const [name, check] of checks) {
    try {
      await check();
      passed += 1;
      process.stdout.write(`  ✓ ${name}\n`);
    } catch (error) {
      failed += 1;
      const message = error instanceof CheckFailed ? error.message : String((error as Error).stack ?? error);
      process.stdout.write(`  ✗ ${name}\n      ${message.replaceAll('\n', '\n      ')}\n`);
    }
  }
  return { passed, failed };
}
