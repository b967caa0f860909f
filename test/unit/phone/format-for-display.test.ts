import { describe, expect, it } from 'vitest';
import { formatForDisplay } from '../../../src/core/phone';

describe('formatForDisplay: caller IDs as agents read them', () => {
  it.each([
    ['8015550100', 'US', '(801) 555-0100'],
    ['+18015550100', 'US', '(801) 555-0100'],
    ['+14165550199', 'US', '(416) 555-0199'],
    ['+442079460958', 'US', '+44 20 7946 0958'],
    ['+442079460958', 'GB', '020 7946 0958'],
    ['+18015550100', 'GB', '+1 801 555 0100'],
    ['Main line', 'US', 'Main line'],
    ['', 'US', ''],
    ['12', 'US', '12'],
    ['+442079460958', 'not-a-country', '+44 20 7946 0958'],
  ])('%s for an agent in %s → %s', (number, country, shown) => {
    expect(formatForDisplay(number, country)).toBe(shown);
  });
});
