/**
 * A web page can fire `tel:` links by itself, as many as it likes. Links that come close together are one
 * burst and give one confirmation (or one dial); while the agent is looking at a chooser a link never
 * replaces it: one link waits its turn and later ones are dropped, with one notice for the lot.
 */
export const LINK_BURST_MS = 3_000;

export type LinkAdmission =
  /** Show it (or dial it, when links dial at once). */
  | { kind: 'open' }
  /** A chooser is open: this link is the one kept until it closes. */
  | { kind: 'wait' }
  /** Dropped; `notice` is true for the first drop since the last link that was shown. */
  | { kind: 'drop'; notice: boolean };

export class LinkGate {
  private lastArrival = -Infinity;
  private lastOpened: string | null = null;
  private noticed = false;
  private kept: string | null = null;

  /** `busy`: a chooser or confirmation is open right now. */
  admit(uri: string, now: number, busy: boolean): LinkAdmission {
    const inBurst = now - this.lastArrival < LINK_BURST_MS;
    this.lastArrival = now;
    // A double click on the same link is one request, not a page at work: no notice for it.
    if (inBurst) return this.drop(uri !== this.lastOpened);
    if (busy) return this.keep(uri) ? { kind: 'wait' } : this.drop(true);
    this.lastOpened = uri;
    this.noticed = false;
    return { kind: 'open' };
  }

  /** Keeps `uri` as the one waiting link; false when another already waits (the first one stays). */
  keep(uri: string): boolean {
    if (this.kept !== null) return false;
    this.kept = uri;
    return true;
  }

  /** The waiting link, handed over once. */
  take(): string | null {
    const uri = this.kept;
    this.kept = null;
    if (uri !== null) this.noticed = false;
    return uri;
  }

  get waiting(): boolean {
    return this.kept !== null;
  }

  private drop(wantsNotice: boolean): LinkAdmission {
    const notice = wantsNotice && !this.noticed;
    if (notice) this.noticed = true;
    return { kind: 'drop', notice };
  }
}
