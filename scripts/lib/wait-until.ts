/**
 * Resolves once `performance.now()` has reached `at`. Node's timers keep whole-millisecond time and can
 * fire up to a millisecond before the performance clock says the delay passed; a modelled network or copy
 * must never be faster than the model, or the bench's floor is not a floor.
 */
export function waitUntil(at: number): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      const left = at - performance.now();
      if (left <= 0) resolve();
      else setTimeout(check, Math.ceil(left));
    };
    check();
  });
}
