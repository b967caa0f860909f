// Item 2 of the Windows work under Wine: scan codes, the menu mask, the integrity levels UIPI compares.
import { setTimeout as sleep } from 'node:timers/promises';
import { copyChord, modifierReleaseSequence, type KeyEvent } from '../../../src/main/selection/key-sequence';
import { KEYEVENTF_EXTENDEDKEY, KEYEVENTF_KEYUP } from '../../../src/main/selection/native/win32-keys';
import { expectThat, same, type Check } from './checks';
import type { Notepad } from './notepad';
import type { InputState } from './probe-protocol';
import type { Probe } from './probe-runner';

/** Time for Notepad to react to keys before its state is read. */
const SETTLE_MS = 300;
const CTRL_TAP: KeyEvent[] = [
  { key: 'control', down: true },
  { key: 'alt', down: false },
  { key: 'control', down: false },
];

export function inputChecks(probe: Probe, notepad: Notepad, log: (line: string) => void): [string, Check][] {
  /** Holds `key` through the X server, sends `events` from the app, and reads the state once Notepad reacted. */
  async function afterRelease(key: 'alt' | 'super', events: KeyEvent[]): Promise<InputState> {
    await notepad.select(1);
    await notepad.xdotool('keydown', key);
    await probe.waitDown([key === 'alt' ? 'LAlt' : 'LWin']);
    const sent = await probe.ask({ op: 'send', events });
    expectThat(sent.accepted === sent.sent, `SendInput accepted ${sent.accepted} of ${sent.sent}`);
    await sleep(SETTLE_MS);
    const state = await probe.ask({ op: 'state' });
    await notepad.xdotool('keyup', key);
    await sleep(SETTLE_MS);
    const afterFingers = await probe.ask({ op: 'state' });
    // Leave Notepad as it was for the next check, whatever happened.
    await notepad.xdotool('key', 'Escape', 'Escape');
    return { ...state, menuOpen: state.menuOpen || afterFingers.menuOpen };
  }

  return [
    [
      'every key goes out with its scan code: LCtrl 0x1D and C 0x2E, a held Right Ctrl released as an extended key',
      async () => {
        const copy = await probe.ask({ op: 'send', events: copyChord('win32') });
        same(
          copy.plan.map((input) => [input.wVk, input.wScan, input.dwFlags]),
          [
            [0xa2, 0x1d, 0],
            [0x43, 0x2e, 0],
            [0x43, 0x2e, KEYEVENTF_KEYUP],
            [0xa2, 0x1d, KEYEVENTF_KEYUP],
          ],
          'Ctrl+C as [vk, scan, flags]',
        );
        await notepad.deselect();
        await notepad.xdotool('keydown', 'Control_R');
        await probe.waitDown(['RCtrl']);
        const released = await probe.ask({ op: 'send', events: [{ key: 'control', down: false }] });
        const state = await probe.ask({ op: 'state' });
        await notepad.xdotool('keyup', 'Control_R');
        const right = released.plan.find((input) => input.wVk === 0xa3);
        same(
          right,
          { wVk: 0xa3, wScan: 0x1d, dwFlags: KEYEVENTF_EXTENDEDKEY | KEYEVENTF_KEYUP },
          'Right Ctrl up',
        );
        same(state.down, [], 'modifiers down after the release');
      },
    ],
    [
      'Alt released after a Ctrl tap (the old trick) opens Notepad’s menu under Wine; after the 0xE8 mask it does not',
      async () => {
        const ctrlTap = await afterRelease('alt', CTRL_TAP);
        expectThat(
          ctrlTap.menuOpen,
          `with a Ctrl tap Wine's Notepad kept its menu closed (flags ${ctrlTap.menuFlags})`,
        );
        const masked = await afterRelease('alt', modifierReleaseSequence(['alt'], 'win32'));
        expectThat(!masked.menuOpen, `with the 0xE8 mask a menu opened (flags ${masked.menuFlags})`);
        same(masked.down, [], 'modifiers down after the masked release');
        log(
          `      Ctrl tap: menu open (flags ${ctrlTap.menuFlags}); 0xE8 mask: no menu (flags ${masked.menuFlags})`,
        );
      },
    ],
    [
      'Win and Alt held together (Super+Alt hotkey): released behind the mask, no menu, nothing left down',
      async () => {
        const state = await afterRelease('super', modifierReleaseSequence(['command', 'alt'], 'win32'));
        expectThat(!state.menuOpen, `a menu opened (flags ${state.menuFlags})`);
        same(state.down, [], 'modifiers down');
      },
    ],
    [
      'the integrity levels UIPI compares are read from the tokens of Notepad and of this process',
      async () => {
        const { integrity } = await probe.ask({ op: 'state' });
        expectThat(
          integrity.ours !== null && integrity.front !== null && integrity.ours >= 0x1000,
          `levels read: ${JSON.stringify(integrity)}`,
        );
        log(
          `      integrity: ours 0x${integrity.ours?.toString(16)}, Notepad 0x${integrity.front?.toString(16)} ` +
            '(Wine runs every process at one level, so an elevated window cannot be shown here)',
        );
      },
    ],
  ];
}
