/** Scripted failures per route: what the simulator does instead of (or before) answering normally. */

export type SimRoute =
  | 'click-to-dial'
  | 'outbound-caller-ids'
  | 'selected-outbound-caller-id'
  | 'callback'
  | 'head'
  /** Every route, including `HEAD /`. */
  | '*';

interface Limited {
  /** Applies to this many matching requests, then disappears. Default: until cleared. */
  times?: number;
}

export type SimFailure =
  /** Answer with this status (and optional Retry-After: seconds or an HTTP date) without doing anything. */
  | (Limited & { kind: 'status'; status: number; retryAfter?: number | string; body?: unknown })
  /** Wait, then answer normally (the effect happens after the delay, even if the client gave up). */
  | (Limited & { kind: 'delay'; ms: number })
  /** Never answer; `effect: true` performs the request's effect first (a dial placed but unanswered). */
  | (Limited & { kind: 'hang'; effect?: boolean })
  /** Send the status line, headers and part of a JSON body, then go silent (a stalled body). */
  | (Limited & { kind: 'stall'; status?: number })
  /**
   * Answer with a JSON body of `bytes` bytes, written as the client reads it (a hostile or broken
   * server). Sent chunked, so only reading tells the client how big it is; `declared: true` sends the
   * Content-Length instead. The request log records how much was actually sent.
   */
  | (Limited & { kind: 'huge-body'; bytes: number; status?: number; declared?: boolean })
  /** Answer the caller-ID list with `count` generated entries, each listed twice in a row (a misconfigured tenant). */
  | (Limited & { kind: 'many-caller-ids'; count: number })
  /** Destroy the socket without an answer; `effect: true` performs the effect first. */
  | (Limited & { kind: 'drop'; effect?: boolean })
  /** At most `limit` requests per `windowMs`; beyond that 429 with Retry-After until the window ends. */
  | { kind: 'rate-limit'; limit: number; windowMs: number }
  /** Seeded random mix for soak tests; each probability in 0..1, checked in this order. */
  | {
      kind: 'chaos';
      seed: number;
      p429?: number;
      p5xx?: number;
      pDelay?: number;
      pHang?: number;
      pDrop?: number;
      delayMs?: number;
      /** Seconds sent as Retry-After on chaos 429s (default 0). */
      retryAfter?: number;
      /** Whether hangs and drops perform the effect first (default: random, 50/50). */
      effect?: boolean;
    };

/** What one request gets, decided before it is handled. */
export type Decision =
  | { kind: 'normal' }
  | { kind: 'status'; status: number; retryAfter: string | null; body: unknown }
  | { kind: 'delay'; ms: number }
  | { kind: 'hang'; effect: boolean }
  | { kind: 'stall'; status: number }
  | { kind: 'huge-body'; bytes: number; status: number; declared: boolean }
  | { kind: 'many-caller-ids'; count: number }
  | { kind: 'drop'; effect: boolean };

interface Entry {
  route: SimRoute;
  failure: SimFailure;
  used: number;
  windowStart: number;
  windowCount: number;
  random: (() => number) | null;
}

/** Small seeded PRNG (mulberry32) so a soak run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FailureScripts {
  private entries: Entry[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  add(route: SimRoute, failure: SimFailure): void {
    const random = failure.kind === 'chaos' ? seeded(failure.seed) : null;
    this.entries.push({ route, failure, used: 0, windowStart: this.now(), windowCount: 0, random });
  }

  clear(): void {
    this.entries = [];
  }

  /** The first matching script decides; exhausted `times` scripts are dropped. */
  decide(route: Exclude<SimRoute, '*'>): Decision {
    for (const entry of this.entries) {
      if (entry.route !== route && entry.route !== '*') continue;
      const decision = this.apply(entry);
      if (decision) return decision;
    }
    return { kind: 'normal' };
  }

  private apply(entry: Entry): Decision | null {
    const f = entry.failure;
    switch (f.kind) {
      case 'rate-limit':
        return this.rateLimit(entry, f.limit, f.windowMs);
      case 'chaos':
        return chaos(f, entry.random ?? Math.random);
      default: {
        entry.used += 1;
        if (f.times !== undefined && entry.used >= f.times)
          this.entries = this.entries.filter((e) => e !== entry);
        if (f.kind === 'status') return statusDecision(f.status, f.retryAfter, f.body);
        if (f.kind === 'delay') return { kind: 'delay', ms: f.ms };
        if (f.kind === 'stall') return { kind: 'stall', status: f.status ?? 200 };
        if (f.kind === 'huge-body')
          return { kind: f.kind, bytes: f.bytes, status: f.status ?? 200, declared: f.declared ?? false };
        if (f.kind === 'many-caller-ids') return { kind: f.kind, count: f.count };
        return { kind: f.kind, effect: f.effect ?? false };
      }
    }
  }

  private rateLimit(entry: Entry, limit: number, windowMs: number): Decision | null {
    const now = this.now();
    if (now - entry.windowStart >= windowMs) {
      entry.windowStart = now;
      entry.windowCount = 0;
    }
    entry.windowCount += 1;
    if (entry.windowCount <= limit) return null;
    const seconds = Math.max(1, Math.ceil((entry.windowStart + windowMs - now) / 1000));
    return statusDecision(429, seconds, undefined);
  }
}

function statusDecision(status: number, retryAfter: number | string | undefined, body: unknown): Decision {
  return {
    kind: 'status',
    status,
    retryAfter: retryAfter === undefined ? null : String(retryAfter),
    body: body === undefined ? { error: `Scripted failure: HTTP ${status}` } : body,
  };
}

function chaos(f: Extract<SimFailure, { kind: 'chaos' }>, random: () => number): Decision | null {
  let roll = random();
  const pick = (p: number | undefined): boolean => {
    if (!p) return false;
    if (roll < p) return true;
    roll -= p;
    return false;
  };
  const effect = (): boolean => f.effect ?? random() < 0.5;
  if (pick(f.p429)) return statusDecision(429, f.retryAfter ?? 0, undefined);
  if (pick(f.p5xx)) return statusDecision(random() < 0.5 ? 500 : 503, undefined, undefined);
  if (pick(f.pDelay)) return { kind: 'delay', ms: f.delayMs ?? 50 };
  if (pick(f.pHang)) return { kind: 'hang', effect: effect() };
  if (pick(f.pDrop)) return { kind: 'drop', effect: effect() };
  return null;
}
