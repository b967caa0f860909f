import type { ClickToDialRequest, XimaApi, XimaError, XimaResult } from '../../src/core/xima/types';

/** An XimaApi that records every click-to-dial request and answers it with `answer`; nothing else is used. */
export function recordingApi(
  answer: XimaResult<void> = { ok: true, value: undefined },
): XimaApi & { posts: ClickToDialRequest[] } {
  const posts: ClickToDialRequest[] = [];
  const unused = async () => ({
    ok: false as const,
    error: { kind: 'server', message: 'unused', status: 500, retryAfterMs: null } as XimaError,
  });
  return {
    posts,
    clickToDial: async (request) => {
      posts.push(request);
      return answer;
    },
    listCallerIds: unused,
    selectCallerId: unused,
    scheduleCallback: unused,
    warmUp: async () => undefined,
  };
}
