/** One step per format: the step at index N turns the stored shape of format N into format N + 1. */
export type UpgradeSteps = ReadonlyArray<(stored: unknown) => unknown>;

/**
 * The format a file records in its `version` field: a whole number from 1. Format 0 is the unversioned file
 * app 0.1.0 wrote, told apart by its shape (a bare list, bare ciphertext) and never by a `version` field, so
 * a `version` of 0, a fraction or a string is no format: `null`.
 */
export function recordedFormat(stored: unknown): number | null {
  if (stored === null || typeof stored !== 'object') return null;
  const version = (stored as { version?: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/**
 * The stored shape of `format` brought up to `current` one step at a time; `null` for a format this app does
 * not know (none, or a newer app's the agent went back from), which the caller treats as an unreadable file.
 */
export function upgradeStored(
  stored: unknown,
  format: number | null,
  current: number,
  steps: UpgradeSteps,
): unknown {
  if (format === null || format > current) return null;
  let shape = stored;
  for (let version = format; version < current; version += 1) {
    const step = steps[version];
    if (!step) return null;
    shape = step(shape);
  }
  return shape;
}
