// npm run test:windows — the app's Windows selection capture, run for real: the Windows build of Node.js under
// Wine executes the app's own modules from src/ (bundled by esbuild) against Wine's Notepad. See the README's
// "Windows code under Wine" for what this proves and what only a Windows machine shows.
import { fileURLToPath } from 'node:url';
import { COPY_TIMEOUT_MS, NOTHING_COPIED } from '../src/main/selection/copy-capture';
import type { Modifier } from '../src/shared/accelerator';
import { percentile } from './lib/stats';
import { expectThat, runChecks, same, type Check } from './lib/wine/checks';
import { inputChecks } from './lib/wine/input-checks';
import { startNotepad, type Notepad } from './lib/wine/notepad';
import type { ClipboardContent } from './lib/wine/probe-protocol';
import type { Probe } from './lib/wine/probe-runner';
import { withWineSession } from './lib/wine/session';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string): void => void process.stdout.write(`${line}\n`);

const HOTKEY: Modifier[] = ['control', 'alt', 'shift'];
const NUMBERS = ['+1 385 555 0142', '(801) 555-0199', '020 7946 0321', '+49 30 901820', '385.555.0107'];
const AGENT_CLIPBOARD = {
  text: 'Agent notes — ticket 4711 ✓',
  html: '<b>Agent notes</b> — ticket <i>4711</i> ✓',
};
/** Copy in Notepad normally lands within tens of ms; Wine adds its own scheduling on a shared machine. */
const NOTHING_BOUND_MS = COPY_TIMEOUT_MS + 200;

function captureChecks(probe: Probe, notepad: Notepad, figures: number[]): [string, Check][] {
  /** Holds the hotkey's modifiers through the X server, as the agent's fingers do when the hotkey fires. */
  const holdHotkey = async (): Promise<void> => {
    await notepad.xdotool('keydown', 'ctrl', 'alt', 'shift');
    await probe.waitDown(['LCtrl', 'LAlt', 'LShift']);
  };
  const releaseFingers = (): Promise<void> => notepad.xdotool('keyup', 'shift', 'alt', 'ctrl');
  const agentClipboard = (): Promise<ClipboardContent> =>
    probe.ask({ op: 'setClipboard', ...AGENT_CLIPBOARD });
  const sameClipboard = (after: ClipboardContent, before: ClipboardContent, when: string): void => {
    same(after.text, before.text, `${when}: the agent's text on the clipboard`);
    same(after.html, before.html, `${when}: the agent's HTML on the clipboard`);
    expectThat(
      after.formats.includes('HTML Format'),
      `${when}: HTML Format is back (${after.formats.join(', ')})`,
    );
  };

  async function press(line: number, when: string): Promise<void> {
    const before = await agentClipboard();
    await notepad.select(line);
    await holdHotkey();
    const report = await probe.ask({ op: 'capture', held: HOTKEY });
    const state = await probe.ask({ op: 'state' });
    await releaseFingers();
    figures.push(report.ms);
    same(report.capture, { ok: true, text: NUMBERS[line - 1] }, `${when}: what the capture read`);
    expectThat(
      report.accepted === report.sent && report.sent > 0,
      `${when}: SendInput accepted ${report.accepted} of ${report.sent} events`,
    );
    same(state.down, [], `${when}: modifiers Windows still sees down after the capture`);
    expectThat(!state.menuOpen, `${when}: a menu is open in ${state.foreground} (flags ${state.menuFlags})`);
    sameClipboard(await probe.ask({ op: 'getClipboard' }), before, when);
  }

  return [
    [
      'INPUT is 40 bytes on x64, KEYBDINPUT at offset 8 with Windows’ field offsets',
      async () => {
        const { layout, pointerSize } = await probe.ask({ op: 'layout' });
        same(pointerSize, 8, 'pointer size');
        same(layout.input, 40, 'sizeof(INPUT)');
        same(layout.union, 8, 'offsetof(INPUT, ki)');
        same(layout.keyboard, 24, 'sizeof(KEYBDINPUT)');
        same(layout.ki, { wVk: 0, wScan: 2, dwFlags: 4, time: 8, dwExtraInfo: 16 }, 'KEYBDINPUT offsets');
      },
    ],
    [
      'the hotkey copies Notepad’s highlighted number with Ctrl+Alt+Shift still held, and puts the agent’s text and HTML back',
      () => press(1, 'first press'),
    ],
    [
      `nothing highlighted: "${NOTHING_COPIED.slice(0, 26)}…" within ${NOTHING_BOUND_MS} ms, clipboard untouched`,
      async () => {
        const before = await agentClipboard();
        await notepad.deselect();
        await holdHotkey();
        const report = await probe.ask({ op: 'capture', held: HOTKEY });
        const state = await probe.ask({ op: 'state' });
        await releaseFingers();
        same(report.capture, { ok: false, reason: NOTHING_COPIED }, 'what the capture said');
        expectThat(report.ms <= NOTHING_BOUND_MS, `gave up after ${report.ms.toFixed(0)} ms`);
        const after = await probe.ask({ op: 'getClipboard' });
        same(after.sequence, before.sequence, 'clipboard sequence number (no write at all)');
        sameClipboard(after, before, 'nothing highlighted');
        same(state.down, [], 'modifiers Windows still sees down');
        log(`      gave up after ${report.ms.toFixed(0)} ms (bound ${COPY_TIMEOUT_MS} ms)`);
      },
    ],
    [
      '20 presses in a row, each on another line, each read right and each clipboard put back',
      async () => {
        for (let i = 0; i < 20; i += 1) await press((i % NUMBERS.length) + 1, `press ${i + 1}`);
      },
    ],
  ];
}

function printFigures(figures: number[]): void {
  if (figures.length === 0) return;
  const ms = (p: number): string => percentile(figures, p).toFixed(0);
  log(
    `capture time per press (hotkey → number read → clipboard restored): ${figures.length} presses, ` +
      `min ${ms(0)} ms, median ${ms(50)} ms, p95 ${ms(95)} ms, max ${ms(100)} ms`,
  );
}

async function main(): Promise<number> {
  return withWineSession(root, log, async ({ wine, probe }) => {
    const notepad = await startNotepad(wine, NUMBERS);
    try {
      const figures: number[] = [];
      log(
        'Windows selection capture under Wine (Windows Node.js, the app’s src/main/selection, Wine’s Notepad):',
      );
      const { passed, failed } = await runChecks([
        ...captureChecks(probe, notepad, figures),
        ...inputChecks(probe, notepad, log),
      ]);
      printFigures(figures);
      log(`${passed} passed, ${failed} failed`);
      return failed === 0 ? 0 : 1;
    } finally {
      notepad.stop();
    }
  });
}

process.exitCode = await main();
