/**
 * Highlighted text the way agents select it: a sentence around one valid US number. Each index gives a
 * different number (5 area codes × 1,000 lines), so consecutive dials never trip the repeat guard
 * because of the number alone.
 */
const AREAS = ['385', '801', '435', '720', '212'] as const;
const LINES = 1_000;

export const SELECTION_COUNT = AREAS.length * LINES;

export function numberFor(index: number): { area: string; line: string; dial: string } {
  const wrapped = ((index % SELECTION_COUNT) + SELECTION_COUNT) % SELECTION_COUNT;
  const area = AREAS[Math.floor(wrapped / LINES)] ?? AREAS[0];
  const line = String(1000 + (wrapped % LINES));
  return { area, line, dial: `${area}555${line}` };
}

export function selectionFor(index: number): string {
  const { area, line } = numberFor(index);
  return `Please call Jane back at (${area}) 555-${line} about the order.`;
}

const PROSE = 'The quick brown fox jumps over the lazy dog while the agent reads the case notes again. ';

/** Exactly 65,536 bytes of digit-free prose ending in one phone number (the largest accepted selection). */
export function selection64k(): string {
  const tail = ' Call (385) 555-1234';
  const size = 65_536 - tail.length;
  return PROSE.repeat(Math.ceil(size / PROSE.length)).slice(0, size) + tail;
}
