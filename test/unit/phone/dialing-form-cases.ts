/** A number as the agent's country dials it: what Xima receives in numberToDial, and what is shown. */
export interface DialingForm {
  what: string;
  /** The agent's country. */
  country: string;
  input: string;
  dial: string;
  display: string;
}

/** Numbers of the agent's own country: the national form, trunk prefix included where there is one. */
export const NATIONAL_FORMS: DialingForm[] = [
  {
    what: 'London from the UK',
    country: 'GB',
    input: '+44 20 7946 0958',
    dial: '02079460958',
    display: '020 7946 0958',
  },
  {
    what: 'Berlin from Germany',
    country: 'DE',
    input: '+49 30 901820',
    dial: '030901820',
    display: '030 901820',
  },
  {
    what: 'Paris from France',
    country: 'FR',
    input: '+33 1 42 68 53 00',
    dial: '0142685300',
    display: '01 42 68 53 00',
  },
  {
    what: 'Sydney from Australia',
    country: 'AU',
    input: '+61 2 9374 4000',
    dial: '0293744000',
    display: '(02) 9374 4000',
  },
  {
    what: 'Wellington from New Zealand',
    country: 'NZ',
    input: '+64 4 471 9999',
    dial: '044719999',
    display: '04 471 9999',
  },
  {
    what: 'Tokyo from Japan',
    country: 'JP',
    input: '+81 3-3224-5000',
    dial: '0332245000',
    display: '03-3224-5000',
  },
  {
    what: 'Moscow from Russia: trunk 8',
    country: 'RU',
    input: '+7 495 123-45-67',
    dial: '84951234567',
    display: '8 (495) 123-45-67',
  },
  {
    what: 'Zurich from Switzerland',
    country: 'CH',
    input: '+41 44 668 18 00',
    dial: '0446681800',
    display: '044 668 18 00',
  },
  {
    what: 'Amsterdam from the Netherlands',
    country: 'NL',
    input: '+31 20 123 4567',
    dial: '0201234567',
    display: '020 123 4567',
  },
  {
    what: 'Dublin from Ireland',
    country: 'IE',
    input: '+353 1 234 5678',
    dial: '012345678',
    display: '(01) 234 5678',
  },
  {
    what: 'Delhi from India',
    country: 'IN',
    input: '+91 11 2301 2345',
    dial: '01123012345',
    display: '011 2301 2345',
  },
  {
    what: 'Cape Town from South Africa',
    country: 'ZA',
    input: '+27 21 123 4567',
    dial: '0211234567',
    display: '021 123 4567',
  },
  {
    what: 'Stockholm from Sweden',
    country: 'SE',
    input: '+46 8 123 456 78',
    dial: '0812345678',
    display: '08-123 456 78',
  },
  {
    what: 'Seoul from South Korea',
    country: 'KR',
    input: '+82 2-312-3456',
    dial: '023123456',
    display: '02-312-3456',
  },
  {
    what: 'Beijing from China',
    country: 'CN',
    input: '+86 10 6552 9988',
    dial: '01065529988',
    display: '010 6552 9988',
  },
  {
    what: 'Buenos Aires from Argentina',
    country: 'AR',
    input: '+54 11 4321-1234',
    dial: '01143211234',
    display: '011 4321-1234',
  },
  {
    what: 'Vienna from Austria',
    country: 'AT',
    input: '+43 1 53114 0',
    dial: '01531140',
    display: '01 531140',
  },
  {
    what: 'Rome from Italy: the 0 is part of the number',
    country: 'IT',
    input: '+39 06 4991 1234',
    dial: '0649911234',
    display: '06 4991 1234',
  },
  {
    what: 'Madrid from Spain: no trunk prefix',
    country: 'ES',
    input: '+34 915 55 12 34',
    dial: '915551234',
    display: '915 55 12 34',
  },
  {
    what: 'Warsaw from Poland: no trunk prefix',
    country: 'PL',
    input: '+48 22 123 45 67',
    dial: '221234567',
    display: '22 123 45 67',
  },
  {
    what: 'São Paulo from Brazil',
    country: 'BR',
    input: '+55 11 3003-3030',
    dial: '1130033030',
    display: '(11) 3003-3030',
  },
  {
    what: 'Mexico City from Mexico',
    country: 'MX',
    input: '+52 55 5080 2000',
    dial: '5550802000',
    display: '55 5080 2000',
  },
  {
    what: 'Singapore from Singapore',
    country: 'SG',
    input: '+65 6123 4567',
    dial: '61234567',
    display: '6123 4567',
  },
  {
    what: 'Utah from the US: ten digits',
    country: 'US',
    input: '+1 385 555 1234',
    dial: '3855551234',
    display: '(385) 555-1234',
  },
  {
    what: 'Toronto from Canada: ten digits',
    country: 'CA',
    input: '+1 416 555 0199',
    dial: '4165550199',
    display: '(416) 555-0199',
  },
  {
    what: 'a UK number written nationally in the UK',
    country: 'GB',
    input: 'Tel: 020 7946 0958',
    dial: '02079460958',
    display: '020 7946 0958',
  },
  {
    what: 'a German number written nationally in Germany',
    country: 'DE',
    input: 'Telefon: 030 901820',
    dial: '030901820',
    display: '030 901820',
  },
];

/** Calls between countries: NANP neighbours, a shared calling code, and the international prefix. */
export const BETWEEN_COUNTRIES: DialingForm[] = [
  {
    what: 'Canada from the US: 1 and ten digits',
    country: 'US',
    input: '+1 416 555 0199',
    dial: '14165550199',
    display: '1 (416) 555-0199',
  },
  {
    what: 'the US from Canada, written nationally',
    country: 'CA',
    input: '(385) 555-1234',
    dial: '13855551234',
    display: '1 (385) 555-1234',
  },
  {
    what: 'the US from Canada, written internationally',
    country: 'CA',
    input: '+1 385 555 1234',
    dial: '13855551234',
    display: '1 (385) 555-1234',
  },
  {
    what: 'the US from Puerto Rico',
    country: 'PR',
    input: '+1 385 555 1234',
    dial: '13855551234',
    display: '1 (385) 555-1234',
  },
  {
    what: 'Jersey from the UK: same calling code, national form',
    country: 'GB',
    input: '+44 1534 123456',
    dial: '01534123456',
    display: '01534 123456',
  },
  {
    what: 'London from the US: 011',
    country: 'US',
    input: '+44 20 7946 0958',
    dial: '011442079460958',
    display: '011 44 20 7946 0958',
  },
  {
    what: 'the US from Germany: 00',
    country: 'DE',
    input: '+1 385 555 1234',
    dial: '0013855551234',
    display: '00 1 385 555 1234',
  },
  {
    what: 'London from Russia: 810',
    country: 'RU',
    input: '+44 20 7946 0958',
    dial: '810442079460958',
    display: '810 44 20 7946 0958',
  },
  {
    what: 'London from Brazil: no single prefix, E.164',
    country: 'BR',
    input: '+44 20 7946 0958',
    dial: '+442079460958',
    display: '+44 20 7946 0958',
  },
];
