export interface Outcome {
  ok: boolean;
  text: string;
}

/** The reserved line under a form where its last outcome is said; empty but present, so nothing jumps. */
export function ResultLine({
  outcome,
  quiet = 'muted',
}: {
  outcome: Outcome | null;
  quiet?: 'muted' | 'hint';
}) {
  return (
    <p className={`line-reserve ${outcome?.ok === false ? 'error-text' : quiet}`} role="status">
      {outcome?.text ?? ''}
    </p>
  );
}
