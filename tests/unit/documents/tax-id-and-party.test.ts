import { samePartyName } from '../../../src/domain/documents/party-name.normaliser';
import { isValidUnifiedSocialCreditCode, parseTaxId } from '../../../src/domain/documents/tax-id.parser';

describe('reading tax ids', () => {
  it.each([
    ['UStId DE 232 446 240', 'DE232446240'],
    ['BTW-nr: NL8152.54.295.B01', 'NL815254295B01'],
    ['Steuernummer: 201/113/40209', '201/113/40209'],
    ['N° de TVA intra communautaire: FR 604 219 388 61', 'FR60421938861'],
    ['纳税人识别号:91361000MA38PDW21B', '91361000MA38PDW21B'],
  ])('when the text is "%s", then the id is %s', (text, id) => {
    expect(parseTaxId(text)).toBe(id);
  });

  it('when an id is followed by another word in capitals, then the word is not part of the id', () => {
    expect(parseTaxId('DE123456789 SWIFT HELADEF1GEL')).toBe('DE123456789');
  });

  it('when a unified social credit code has one character misread, then its check character fails', () => {
    // given a code whose check character is right, as printed on a real e-invoice
    const printed = '91510104MA6BWXBB27';
    // when one character is misread (as OCR does: 8 for B)
    const misread = printed.replace('BWX', '8WX');
    // then
    expect(isValidUnifiedSocialCreditCode(printed)).toBe(true);
    expect(isValidUnifiedSocialCreditCode(misread)).toBe(false);
  });
});

describe('comparing party names', () => {
  it('when names differ in case, punctuation and legal form only, then they name the same party', () => {
    expect(samePartyName('Amazon Web Services, Inc.', 'AMAZON WEB SERVICES')).toBe(true);
    expect(samePartyName('京东大药房（抚州）有限公司', '京东大药房(抚州)')).toBe(true);
    expect(samePartyName('Free SAS', 'Free')).toBe(true);
  });

  it('when the names differ in a word, then they are different parties', () => {
    expect(samePartyName('Lieferant GmbH', 'Lieferanten GmbH')).toBe(false);
  });
});
