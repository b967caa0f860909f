/** What the number understanding produces; shared because the panel shows it. */
export type NumberKind = 'external' | 'internal';

export interface UnderstoodNumber {
  /** Exactly what goes into `numberToDial`: digits only, or `+` and digits in e164 format. */
  dial: string;
  /** The number in E.164, or null for an internal extension. */
  e164: string | null;
  /** Human form: national format for the agent's country, international otherwise. */
  display: string;
  /** An extension split off the number (`ext. 22`); never dialed, shown so the agent can key it in. */
  extension: string | null;
  /** ISO 3166-1 alpha-2 country of the number, or null for an internal extension. */
  country: string | null;
  kind: NumberKind;
}

export type InternationalFormat = 'idd' | 'e164';

/** The result of understanding a selection or a link: never throws, refusals carry a sentence. */
export type Understanding = { ok: true; numbers: UnderstoodNumber[] } | { ok: false; reason: string };
