import type { XimaTransport } from '../../../src/core/xima';

export interface CountedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface CountingTransport extends XimaTransport {
  /** Every request that reached the transport: method, path and the JSON body it carried (or null). */
  readonly requests: CountedRequest[];
}

const CALLER_IDS = JSON.stringify({
  selectedOutboundCallerId: { label: 'Sales Desk', outboundCallerId: '8015550100' },
  outboundCallerIds: [{ label: 'Sales Desk', outboundCallerId: '8015550100' }],
});

/**
 * A transport that answers like a healthy tenant without a network and counts what it was asked:
 * fuzzing needs hundreds of thousands of cases, and "no request" must be observable.
 */
export function createCountingTransport(): CountingTransport {
  const requests: CountedRequest[] = [];
  return {
    requests,
    async fetch(input, init) {
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null;
      requests.push({ method, path: new URL(input).pathname, body });
      if (method === 'GET') return new Response(CALLER_IDS, { status: 200 });
      return new Response(null, { status: 204 });
    },
  };
}
