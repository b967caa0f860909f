import { describe, expect, it } from 'vitest';
import { parseCallerIdList } from '../../../src/core/xima/caller-id-list';

const sales = { label: 'Sales Desk', outboundCallerId: '8015550100' };
const support = { label: 'Support Line', outboundCallerId: '8015550111' };

describe('parseCallerIdList', () => {
  it('reads the documented shape', () => {
    const text = JSON.stringify({ selectedOutboundCallerId: sales, outboundCallerIds: [sales, support] });
    expect(parseCallerIdList(text)).toEqual({
      selected: sales,
      callerIds: [sales, support],
      truncated: false,
    });
  });

  it('handles a missing or null selected caller ID', () => {
    expect(parseCallerIdList(JSON.stringify({ outboundCallerIds: [sales] }))).toEqual({
      selected: null,
      callerIds: [sales],
      truncated: false,
    });
    expect(
      parseCallerIdList(JSON.stringify({ selectedOutboundCallerId: null, outboundCallerIds: [] })),
    ).toEqual({
      selected: null,
      callerIds: [],
      truncated: false,
    });
    const emptySelected = {
      selectedOutboundCallerId: { label: '', outboundCallerId: '' },
      outboundCallerIds: [sales],
    };
    expect(parseCallerIdList(JSON.stringify(emptySelected))?.selected).toBeNull();
  });

  it('handles empty and missing lists', () => {
    expect(parseCallerIdList('{}')).toEqual({ selected: null, callerIds: [], truncated: false });
    expect(parseCallerIdList('{"outboundCallerIds":null}')).toEqual({
      selected: null,
      callerIds: [],
      truncated: false,
    });
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
      truncated: false,
    });
  });

  it('keeps the first 500 distinct caller IDs of a huge list and says it was cut', () => {
    const entries = Array.from({ length: 40_000 }, (_, i) => ({
      label: `Line ${i % 20_000}`,
      outboundCallerId: `801${String(i % 20_000).padStart(7, '0')}`,
    }));
    const list = parseCallerIdList(JSON.stringify({ outboundCallerIds: entries }));
    expect(list?.callerIds).toHaveLength(500);
    expect(list?.truncated).toBe(true);
    expect(new Set(list?.callerIds.map((c) => c.outboundCallerId)).size).toBe(500);
    expect(list?.callerIds[499]).toEqual({ label: 'Line 499', outboundCallerId: '8010000499' });
  });

  it('is not cut when duplicates bring a long list down to 500', () => {
    const entries = Array.from({ length: 2_000 }, (_, i) => ({ label: '', outboundCallerId: `${i % 500}` }));
    const list = parseCallerIdList(JSON.stringify({ outboundCallerIds: entries }));
    expect(list?.callerIds).toHaveLength(500);
    expect(list?.truncated).toBe(false);
  });

  it('returns null for answers that are not a list at all', () => {
    expect(parseCallerIdList('not json')).toBeNull();
    expect(parseCallerIdList('[]')).toBeNull();
    expect(parseCallerIdList('{"outboundCallerIds":"8015550100"}')).toBeNull();
  });
});
