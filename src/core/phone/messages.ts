/** Every refusal is a sentence an agent can act on; kept together so they read as one voice. */
export const REFUSALS = {
  tooLarge:
    'The selection is larger than 64 KiB, far too long to be a phone number; highlight just the number and try again.',
  controlCharacters:
    'The text contains hidden control characters, so the number in it cannot be trusted; highlight the number again or type it into the panel.',
  directionMarks:
    'The text contains invisible direction marks that can reorder digits on screen; type the number into the panel so you dial exactly what you see.',
  foreignDigits:
    'The text uses digits from another script that are easy to misread; type the number into the panel so you dial exactly what you see.',
  notText: 'There is no text to read a phone number from; highlight the number and try again.',
  tooManyCandidates:
    'The selection holds too many number-like pieces to check them all; highlight just the phone number and try again.',
  unknownCountry: (code: string) =>
    `The default country "${code.slice(0, 8)}" is not a country code we know; pick a country in Settings.`,
  notALink: 'That is not a tel:, callto: or sip: link; copy the phone number itself and try again.',
  otherScheme: (scheme: string) =>
    `Only tel:, callto: and sip: links can be dialed, and this is a "${scheme}:" link; copy the phone number itself instead.`,
  emptyLink: 'The link has no phone number in it; copy the number from the page and dial it from the panel.',
  badEncoding:
    'The link is garbled (its percent-encoding is broken); copy the number from the page and dial it from the panel.',
  notANumber:
    'The link does not contain a phone number we can dial; copy the number from the page and dial it from the panel.',
  sipNotANumber:
    'That SIP address names a person or device, not a phone number; only SIP links whose user part is a number can be dialed.',
  invalidNumber:
    'The number in the link is not a valid phone number for any country; check it on the page and dial it from the panel.',
  serviceCode:
    'The link asks for a star or hash service code, which cannot be placed through Xima; dial it from your desk phone.',
  badExtension:
    'The extension in the link is not made of digits; copy the number from the page and key the extension in by hand.',
  internalError:
    'Something unexpected went wrong while reading the number; type it into the panel to dial it.',
} as const;
