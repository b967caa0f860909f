/** Messages between simulator-process.ts (parent) and simulator-child.ts. */
export type ChildRequest =
  | { id: number; op: 'script'; route: string; failure: unknown }
  | { id: number; op: 'clearScripts' | 'stats' | 'close' };

export interface ChildReply {
  id: number;
  result: unknown;
}

export interface SimulatorTarget {
  httpsBaseUrl: string;
  ca: string;
  token: string;
  extension: string;
}

export interface SimulatorStats {
  /** TCP connections accepted since start. */
  connections: number;
  /** click-to-dial POSTs received, whatever happened to them. */
  dialPosts: number;
  /** `numberToDial` of each, in arrival order. */
  dialNumbers: string[];
  /** Per answered status (`"204"`, `"429"`…) or `hung` / `dropped` / `pending`. */
  outcomes: Record<string, number>;
  /** Calls the tenant really placed (answered 204, or hung/dropped after the effect). */
  placedCalls: number;
}
