import fc from 'fast-check';

/** One fuzzed promise: CI runs it `ciRuns` times, `npm run fuzz` 100,000 times. */
export interface FuzzCase {
  name: string;
  ciRuns: number;
  /** Builds the property and whatever it drives; `dispose` releases it after the run. */
  setup(): { property: fc.IAsyncProperty<never> | fc.IProperty<never>; dispose(): Promise<void> };
}

// The property's own arguments are inferred where it is built; runners only need to run it.
export const asCase = <T extends unknown[]>(
  property: fc.IAsyncProperty<T> | fc.IProperty<T>,
): fc.IAsyncProperty<never> | fc.IProperty<never> => property as unknown as fc.IAsyncProperty<never>;

/** Runs a case the CI way (`ciRuns` cases, failing with the shrunk counterexample) and releases it. */
export async function runCase(fuzzCase: FuzzCase, numRuns = fuzzCase.ciRuns): Promise<void> {
  const { property, dispose } = fuzzCase.setup();
  try {
    await fc.assert(property, { numRuns });
  } finally {
    await dispose();
  }
}
