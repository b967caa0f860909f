export type ChooserMove =
  { type: 'focus'; index: number } | { type: 'choose'; index: number } | { type: 'cancel' } | null;

/** Keyboard rules of the chooser: arrows move, Enter dials the focused number, Esc cancels, digits pick. */
export function chooserKey(key: string, focused: number, count: number): ChooserMove {
  if (count === 0) return key === 'Escape' ? { type: 'cancel' } : null;
  const at = Math.min(Math.max(focused, 0), count - 1);
  switch (key) {
    case 'Escape':
      return { type: 'cancel' };
    case 'Enter':
      return { type: 'choose', index: at };
    case 'ArrowDown':
      return { type: 'focus', index: (at + 1) % count };
    case 'ArrowUp':
      return { type: 'focus', index: (at - 1 + count) % count };
    case 'Home':
      return { type: 'focus', index: 0 };
    case 'End':
      return { type: 'focus', index: count - 1 };
  }
  // 1–9 picks a number directly: the agent sees them numbered.
  if (/^[1-9]$/.test(key) && Number(key) <= count) return { type: 'focus', index: Number(key) - 1 };
  return null;
}
