import { describe, expect, it } from 'vitest';
import { buildDialRequest, createDialGate, createDialPipeline } from '../../../src/core/dial';
import type { UnderstoodNumber } from '../../../src/core/phone';
import { DEFAULT_PHONE_OPTIONS } from '../../../src/core/phone';
import type { XimaError } from '../../../src/core/xima/types';
import { recordingApi } from '../../support/recording-api';

const number = (dial: string): UnderstoodNumber => ({
  dial,
  e164: `+1${dial}`,
  display: dial,
  extension: null,
  country: 'US',
  kind: 'external',
});
const sales = { label: 'Sales Desk', outboundCallerId: '8015550100' };
const plan = {
  callerIdMode: 'selected' as const,
  fixedCallerId: null,
  externalPrefix: '',
  defaultCountry: 'US',
};

describe('buildDialRequest', () => {
  // Empty fields are left out of the body by the client alone (xima-client.test.ts: never sends empty fields).
  it('uses the selected caller ID by default and passes the prefix setting as it is', () => {
    expect(buildDialRequest(number('3855551234'), plan, sales)).toEqual({
      request: { numberToDial: '3855551234', useSelectedOutboundCallerId: true, externalPrefix: '' },
      callerId: sales,
    });
  });

  it('sends a fixed or one-off caller ID explicitly, with the prefix', () => {
    const fixed = { ...plan, callerIdMode: 'fixed' as const, fixedCallerId: sales, externalPrefix: '9' };
    expect(buildDialRequest(number('3855551234'), fixed, null).request).toEqual({
      numberToDial: '3855551234',
      outboundCallerId: '8015550100',
      externalPrefix: '9',
    });
    const oneOff = { label: 'Support', outboundCallerId: '8015550111' };
    expect(buildDialRequest(number('3855551234'), fixed, null, oneOff).request.outboundCallerId).toBe(
      '8015550111',
    );
  });
});

describe('the dial gate', () => {
  it('ignores a repeat within the window, counts it from when the dial answered, and forgets definite refusals', () => {
    let now = 0;
    const gate = createDialGate(() => now);
    const first = gate.admit(number('1'));
    expect(first.ok).toBe(true);
    expect(gate.admit(number('1'))).toMatchObject({ ok: false, reason: 'repeat' });
    expect(gate.admit(number('2'))).toMatchObject({ ok: false, reason: 'busy' });
    now = 10_000;
    if (first.ok) first.release('ambiguous');
    now = 14_999;
    expect(gate.admit(number('1')).ok).toBe(false);
    now = 15_000;
    const second = gate.admit(number('1'));
    expect(second.ok).toBe(true);
    if (second.ok) second.release('definite');
    expect(gate.admit(number('1')).ok).toBe(true);
  });
});

describe('the pipeline', () => {
  it('turns text into exactly one POST, or into a sentence without one', async () => {
    const api = recordingApi({ ok: true, value: undefined });
    const pipeline = createDialPipeline({ now: () => 0 });
    const context = { api, plan, selectedCallerId: sales };
    const placed = await pipeline.dialText('Call (385) 555-1234', DEFAULT_PHONE_OPTIONS, context);
    expect(placed).toMatchObject({ kind: 'placed', message: 'Calling (385) 555-1234 from Sales Desk' });
    expect(await pipeline.dialText('no number', DEFAULT_PHONE_OPTIONS, context)).toEqual({
      kind: 'none',
      message: 'No phone number in the selection',
    });
    const several = await pipeline.dialText('385-555-1234 or 801-555-0199', DEFAULT_PHONE_OPTIONS, context);
    expect(several.kind).toBe('several');
    expect(api.posts).toHaveLength(1);
  });

  it('never retries a POST that failed', async () => {
    const error: XimaError = {
      kind: 'timeout',
      message: 'Xima did not answer in time',
      status: null,
      retryAfterMs: null,
    };
    const api = recordingApi({ ok: false, error });
    const pipeline = createDialPipeline({ now: () => 0 });
    const failed = await pipeline.dialText('3855551234', DEFAULT_PHONE_OPTIONS, {
      api,
      plan,
      selectedCallerId: null,
    });
    expect(failed).toMatchObject({
      kind: 'failed',
      message: 'Could not call (385) 555-1234: Xima did not answer in time',
    });
    expect(api.posts).toHaveLength(1);
  });
});
