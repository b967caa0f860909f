import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/core/phone';
import { numberOnly } from '../../../src/renderer/lib/number-text';
import { previewOf } from '../../../src/renderer/lib/preview';
import { readable } from '../../../src/renderer/lib/readable';

describe('main’s sentences as the agent reads them', () => {
  it('drops a bare HTTP status and ends the sentence', () => {
    expect(
      readable(
        'Xima kept Sales Desk: Xima had a problem on its side (HTTP 500) — refresh the caller-ID list to see whether it changed',
      ),
    ).toBe(
      'Xima kept Sales Desk: Xima had a problem on its side — refresh the caller-ID list to see whether it changed.',
    );
    expect(readable('Xima refused the callback (HTTP 400) — check the number')).toBe(
      'Xima refused the callback — check the number.',
    );
  });

  it('drops a bracketed system error code', () => {
    expect(readable('Could not reach Xima (ENOTFOUND) — check the tenant host in Settings.')).toBe(
      'Could not reach Xima — check the tenant host in Settings.',
    );
  });

  it('leaves a finished sentence and numbers in brackets alone', () => {
    const sentence = 'Calling (385) 555-1234 from Sales Desk.';
    expect(readable(sentence)).toBe(sentence);
    expect(readable('Calls now go out from Support Line, (801) 555-0111')).toBe(
      'Calls now go out from Support Line, (801) 555-0111.',
    );
    expect(readable('Is that right?')).toBe('Is that right?');
  });
});

describe('a number shown next to its extension line', () => {
  const first = (text: string) => {
    const result = understand(text);
    if (!result.ok || !result.numbers[0]) throw new Error(`not understood: ${text}`);
    return result.numbers[0];
  };

  it('leaves the extension out of the number, as the core writes it', () => {
    const number = first('Call me at (385) 555-1234 ext. 22');
    expect(number.extension).toBe('22');
    expect(numberOnly(number)).toBe('(385) 555-1234');
  });

  it('keeps a number without an extension as it is', () => {
    expect(numberOnly(first('385 555 1234'))).toBe('(385) 555-1234');
  });

  it('the dial box preview says the extension once, on its own line', () => {
    const preview = previewOf(understand('call 385.555.1234 x22'));
    expect(preview).toEqual({ tone: 'ok', text: 'Will dial (385) 555-1234', extension: '22' });
  });
});
