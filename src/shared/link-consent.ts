/**
 * The rules for taking a yes to a link's confirmation. A web page can fire a `tel:` link by itself, so a
 * key meant for the app the agent is typing in must not count: main enforces them (the renderer is not
 * trusted) and the panel shows them, in the same words.
 */

/** How long a link's confirmation takes no answer after it appears. */
export const LINK_ARMING_MS = 1_000;

/** How the agent picked a number: a link's confirmation takes a click or Enter, never Space. */
export type ChoiceInput = 'pointer' | 'Enter' | 'Space';

export const CHOICE_INPUTS = ['pointer', 'Enter', 'Space'] as const satisfies readonly ChoiceInput[];

export const NOT_ARMED =
  'Not yet — a link’s Call button arms one second after it appears, so a key meant for another app does not call.';
export const NOT_SPACE = 'Space does not call a number from a link — press Enter or click the number.';
export const ARMING =
  'The Call button arms in a second — a web page can open a call link by itself, so keys typed just before do not call.';
export const ARMED = 'Ready: press Enter or click the number to call. Esc cancels.';
