import { useEffect, useState } from 'react';

/**
 * Whether a link's confirmation takes an answer yet. `armedAt` is main's epoch time (the same wall clock
 * on the same machine); main refuses an early answer anyway, this only shows the agent when it will count.
 */
export function useArming(armedAt: number | null): boolean {
  const [armedFor, setArmedFor] = useState(() =>
    armedAt !== null && Date.now() >= armedAt ? armedAt : null,
  );
  useEffect(() => {
    if (armedAt === null) return;
    const timer = setTimeout(() => setArmedFor(armedAt), Math.max(0, armedAt - Date.now()));
    return () => clearTimeout(timer);
  }, [armedAt]);
  return armedAt === null || armedFor === armedAt;
}
