import { refreshCallerIds } from './caller-ids';
import { rebuildClient } from './connection';
import type { ControllerContext } from './context';
import { offerWaitingLink } from './link-flow';

/** (Re)connects after anything the connection depends on changed, then offers a kept link. */
export function reconnect(ctx: ControllerContext): void {
  rebuildClient(ctx);
  if (ctx.api === null) {
    ctx.update({ callerIds: [], callerIdsTruncated: false, selectedCallerId: null, callerIdPending: null });
    return;
  }
  void refreshCallerIds(ctx);
  offerWaitingLink(ctx);
}
