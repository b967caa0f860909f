/**
 * Links can arrive before the app is ready (macOS `open-url` fires before `ready` when a link launches
 * the app; the first argv on Windows/Linux is read at start). They wait here, in order, until the
 * controller exists, then go straight through.
 */
export class LinkInbox {
  private readonly waiting: string[] = [];
  private deliver: ((uri: string) => void) | null = null;

  push(uri: string): void {
    if (this.deliver) this.deliver(uri);
    else this.waiting.push(uri);
  }

  /** From now on links are delivered at once; the ones that waited go first. */
  open(deliver: (uri: string) => void): void {
    this.deliver = deliver;
    for (const uri of this.waiting.splice(0)) deliver(uri);
  }
}
