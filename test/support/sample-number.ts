import type { UnderstoodNumber } from '../../src/shared/phone-types';

/** (385) 555-1234 as the core understands it for a US agent: the number most tests dial. */
export const SAMPLE_NUMBER: UnderstoodNumber = {
  dial: '3855551234',
  e164: '+13855551234',
  display: '(385) 555-1234',
  extension: null,
  country: 'US',
  kind: 'external',
};
