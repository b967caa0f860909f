import { describe, expect, it } from 'vitest';
import { parseCallerIdList } from '../../../src/core/xima/caller-id-list';

const sales = { label: 'Sales Desk', outboundCallerId: '8015550100' };
const support = { label: 'Support Line', outboundCallerId: '8015550111' };

describe('parseCallerIdList', () => {
  it('reads the documented shape', () => {
    const text = JSON.stringify({ selectedOutboundCallerId: sales, outboundCallerIds: [sales, support] });
    expect(parseCallerIdList(text)).toEqual({ selected: sales, callerIds: [sales, support] });
  });

  it('handles a missing or null selected caller ID', () => {
    expect(parseCallerIdList(JSON.stringify({ outboundCallerIds: [sales] }))).toEqual({
      selected: null,
      callerIds: [sales],
    });
    expect(
      parseCallerIdList(JSON.stringify({ selectedOutboundCallerId: null, outboundCallerIds: [] })),
    ).toEqual({
      selected: null,
      callerIds: [],
    });
    const emptySelected = {
      selectedOutboundCallerId: { label: '', outboundCallerId: '' },
      outboundCallerIds: [sales],
    };
    expect(parseCallerIdList(JSON.stringify(emptySelected))?.selected).toBeNull();
  });

  it('handles empty and missing lists', () => {
    expect(parseCallerIdList('{}')).toEqual({ selected: null, callerIds: [] });
    expect(parseCallerIdList('{"outboundCallerIds":null}')).toEqual({ selected: null, callerIds: [] });
  });

  it('drops extra fields and skips unusable entries instead of failing', () => {
    const text = JSON.stringify({
      selectedOutboundCallerId: { ...sales, id: 7 },
      outboundCallerIds: [
        { ...sales, region: 'UT' },
        { label: 'No number' },
        42,
        { outboundCallerId: '8015550199' },
        sales,
      ],
      pagination: { next: null },
    });
    expect(parseCallerIdList(text)).toEqual({
      selected: sales,
      callerIds: [sales, { label: '', outboundCallerId: '8015550199' }],
    });
  });

  it('returns null for answers that are not a list at all', () => {
    expect(parseCallerIdList('not json')).toBeNull();
    expect(parseCallerIdList('[]')).toBeNull();
    expect(parseCallerIdList('{"outboundCallerIds":"8015550100"}')).toBeNull();
  });
});
