import type { Notice } from '../../shared/app-state';
import { readable } from '../lib/readable';

export interface Outcome {
  ok: boolean;
  text: string;
}

/** Main already said it in its notice banner: saying it twice next to the form is noise. */
export const alreadyNoticed = (text: string | null | undefined, notice: Notice | null | undefined): boolean =>
  !!text && notice?.text === text;

interface Props {
  outcome: Outcome | null;
  quiet?: 'muted' | 'hint';
  notice?: Notice | null;
}

/** The reserved line under a form where its last outcome is said; empty but present, so nothing jumps. */
export function ResultLine({ outcome, quiet = 'muted', notice = null }: Props) {
  const text = outcome && !alreadyNoticed(outcome.text, notice) ? readable(outcome.text) : '';
  return (
    <p className={`line-reserve ${outcome?.ok === false ? 'error-text' : quiet}`} role="status">
      {text}
    </p>
  );
}
