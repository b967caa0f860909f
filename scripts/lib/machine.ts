import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** What the numbers were measured on, for the README. */
export function machine(): { nproc: number; cpu: string; node: string } {
  let cpu = 'unknown';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    cpu = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: the model name is not essential.
  }
  return { nproc: availableParallelism(), cpu, node: process.version };
}
