/**
 * Where the panel goes: next to the tray icon, on whichever screen edge holds the taskbar/menu bar.
 * Learned from max-mapper/menubar `src/util/getWindowPosition.ts`: the taskbar edge is where the display's
 * `workArea` is smaller than its `bounds`; coordinates are rounded (fractional positions blur on
 * Windows) and clamped into the work area so the panel is never half off screen.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayArea {
  bounds: Rect;
  workArea: Rect;
}

export type TaskbarEdge = 'top' | 'bottom' | 'left' | 'right';

/** Gap between the panel and the taskbar, so it does not look glued on. */
const MARGIN = 8;

export function taskbarEdge(display: DisplayArea): TaskbarEdge {
  const { bounds, workArea } = display;
  if (workArea.y > bounds.y) return 'top';
  if (workArea.x > bounds.x) return 'left';
  if (workArea.width < bounds.width) return 'right';
  // Bottom is the Windows default and a safe guess when the taskbar auto-hides (workArea == bounds).
  return 'bottom';
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** True when the platform reported where the tray icon is (GNOME/KDE often report zeros). */
export function knownTrayBounds(tray: Rect | null): tray is Rect {
  return tray !== null && tray.width > 0 && tray.height > 0;
}

/**
 * Top-left corner for a panel of `size` near `tray` (the tray icon's bounds). When the platform does not
 * report them the panel goes to the right end of the taskbar, where tray icons live on every desktop.
 */
export function panelPosition(
  display: DisplayArea,
  size: { width: number; height: number },
  tray: Rect | null,
): { x: number; y: number } {
  const { workArea } = display;
  const edge = taskbarEdge(display);
  const anchor = knownTrayBounds(tray)
    ? { x: tray.x + tray.width / 2, y: tray.y + tray.height / 2 }
    : { x: workArea.x + workArea.width, y: edge === 'top' ? workArea.y : workArea.y + workArea.height };
  let x: number;
  let y: number;
  switch (edge) {
    case 'top':
      x = anchor.x - size.width / 2;
      y = workArea.y + MARGIN;
      break;
    case 'left':
      x = workArea.x + MARGIN;
      y = anchor.y - size.height / 2;
      break;
    case 'right':
      x = workArea.x + workArea.width - size.width - MARGIN;
      y = anchor.y - size.height / 2;
      break;
    case 'bottom':
      x = anchor.x - size.width / 2;
      y = workArea.y + workArea.height - size.height - MARGIN;
      break;
  }
  const maxX = workArea.x + workArea.width - size.width;
  const maxY = workArea.y + workArea.height - size.height;
  return {
    x: Math.round(clamp(x, workArea.x, Math.max(workArea.x, maxX))),
    y: Math.round(clamp(y, workArea.y, Math.max(workArea.y, maxY))),
  };
}
