/** A measurement next to its target, and whether it met it. */
export interface Row {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
}

export function tableOf(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.name,
    `${row.value}${row.unit ? ` ${row.unit}` : ''}`,
    row.target,
    row.pass ? 'pass' : 'MISS',
  ]);
  const header = ['measure', 'measured', 'target', 'result'];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
