import { checkAmounts, checkChineseInvoiceNumber, checkTaxIdField } from '../../../src/domain/documents/invoice-field.checks';
import { checkUscc, isValidUscc, usccCheckCharacter } from '../../../src/domain/documents/unified-social-credit-code';

const read = <T>(value: T | null, confidence = 0.9) => ({ value, confidence, source: 'ocr' as const });

describe('unified social credit codes (GB 32100-2015)', () => {
  it.each([
    ['9111010855138508 2', 'Q'],
    ['91440300708461136', 'T'],
    ['91330100MA27XL0E2', 'G'],
    ['92440101MA59B0UC4', '0'],
  ])('when the first 17 characters are %s, then the check character is %s', (first17, check) => {
    expect(usccCheckCharacter(first17.replace(/\s/g, ''))).toBe(check);
    expect(isValidUscc(`${first17.replace(/\s/g, '')}${check}`)).toBe(true);
  });

  it('when a character is outside the alphabet, then computing the check character says which', () => {
    expect(() => usccCheckCharacter('9144030070846113O')).toThrow('"O" is not a character of a unified social credit code');
    expect(() => usccCheckCharacter('123')).toThrow('17 characters');
  });

  it.each([
    ['91440300708461136U', 'the check character does not match'],
    ['9144030070846113', '16 characters, 18 expected'],
    ['9144030070846113IU', 'characters a code cannot hold where they stand: I'],
    ['9144O3OO7O846II36T', '2 corrections make it valid: not guessed'],
  ])('when the code reads %s, then it is invalid: %s', (code, problem) => {
    expect(checkUscc(code)).toEqual({ status: 'invalid', read: code, problem });
  });

  it('when OCR read O for 0, then the one valid code is restored', () => {
    expect(checkUscc('9144O3OO7O8461136T')).toEqual({ status: 'corrected', code: '91440300708461136T', read: '9144O3OO7O8461136T' });
    expect(checkUscc('91330100MA27XLOE2G')).toMatchObject({ status: 'corrected', code: '91330100MA27XL0E2G' });
  });

  it('when OCR read I for the check character T, then the one valid code is restored', () => {
    expect(checkUscc('91440300708461136I')).toMatchObject({ status: 'corrected', code: '91440300708461136T' });
  });

  it('when OCR read S for 5 and a letter among the division code digits, then the one valid code is restored', () => {
    expect(checkUscc('9111O1O8SS1385082Q')).toEqual({ status: 'corrected', code: '91110108551385082Q', read: '9111O1O8SS1385082Q' });
  });

  it('when OCR doubled a character (19 characters), then dropping it restores the code', () => {
    expect(checkUscc('914403007084611136T')).toMatchObject({ status: 'corrected', code: '91440300708461136T' });
  });

  it('when a look-alike the alphabet allows was misread (8 for B), then the code is flagged, not guessed', () => {
    expect(checkUscc('91510104MA6BWX8B27')).toMatchObject({ status: 'invalid', problem: 'the check character does not match' });
  });
});

describe('checking invoice fields', () => {
  it('when a tax id is a valid credit code, then it is confirmed', () => {
    expect(checkTaxIdField(read('91330100MA27XL0E2G', 0.7))).toEqual({ value: '91330100MA27XL0E2G', confidence: 0.97, source: 'ocr' });
  });

  it('when a credit code fails its check character, then its confidence drops and the reason is kept', () => {
    const field = checkTaxIdField(read('91330100MA27XL0E2A', 0.95));
    expect(field.confidence).toBe(0.5);
    expect(field.check).toBe('unified social credit code 91330100MA27XL0E2A: the check character does not match');
  });

  it('when a tax id is an EU VAT id, then the credit code check leaves it alone', () => {
    expect(checkTaxIdField(read('DE232446240', 0.9))).toEqual(read('DE232446240', 0.9));
  });

  it.each([['12345678'], ['24312000000012345678']])('when a Chinese invoice number has 8 or 20 digits (%s), then it passes', (number) => {
    expect(checkChineseInvoiceNumber(read(number))).toEqual(read(number));
  });

  it('when a Chinese invoice number has a look-alike letter, then it is read as the digit, for a person to confirm: no check character settles it', () => {
    const checked = checkChineseInvoiceNumber(read('O1234567', 0.95));
    expect(checked).toMatchObject({ value: '01234567', check: expect.stringMatching(/letters like digits/) });
    expect(checked.confidence).toBeLessThan(0.8);
  });

  it('when a Chinese invoice number has 9 digits, then it fails its check', () => {
    expect(checkChineseInvoiceNumber(read('123456789')).check).toBe('a Chinese VAT invoice number has 8 or 20 digits, read "123456789"');
  });

  it('when net and tax do not add up to the total, then all three fail their check', () => {
    const amounts = checkAmounts({ netAmount: read(100), taxAmount: read(13), totalAmount: read(114) }, { chineseVat: false, lines: null });
    expect([amounts.netAmount.check, amounts.totalAmount.check]).toEqual(['net 100 + tax 13 ≠ total 114', 'net 100 + tax 13 ≠ total 114']);
    expect(amounts.taxAmount.confidence).toBe(0.5);
  });

  it('when a Chinese VAT invoice taxes 13 % or 6 %, then the rate is legal', () => {
    for (const [net, tax] of [[1000, 130], [88.5, 5.31], [300, 0]] as [number, number][]) {
      const amounts = checkAmounts({ netAmount: read(net), taxAmount: read(tax), totalAmount: read(net + tax) }, { chineseVat: true, lines: null });
      expect(amounts.taxAmount.check).toBeUndefined();
    }
  });

  it('when a Chinese VAT invoice taxes 15 %, then the tax fails its check', () => {
    const amounts = checkAmounts({ netAmount: read(1000), taxAmount: read(150), totalAmount: read(1150) }, { chineseVat: true, lines: null });
    expect(amounts.taxAmount.check).toBe('tax 150 on net 1000 follows no Chinese VAT rate (0, 1, 3, 5, 6, 9, 13 %)');
  });

  it('when an item carries a rate Chinese law does not know, then the tax fails its check', () => {
    const line = { description: 'x', quantity: null, unitPrice: null, amount: 100, taxRate: 17 };
    const amounts = checkAmounts({ netAmount: read(100), taxAmount: read(17), totalAmount: read(117) }, { chineseVat: true, lines: [line] });
    expect(amounts.taxAmount.check).toBe('tax rate 17 % is not a Chinese VAT rate');
  });

  it('when one or two of net, tax and total are not read, then the others are not confirmed and go to manual entry with the reason', () => {
    const none = { value: null, confidence: 0, source: 'ocr' as const };
    const amounts = checkAmounts({ netAmount: read(100), taxAmount: none, totalAmount: read(120) }, { chineseVat: false, lines: null });
    expect(amounts.totalAmount).toMatchObject({ value: 120, confidence: 0.5, check: 'not confirmed by net + tax = total: taxAmount not read' });
    expect(amounts.netAmount.confidence).toBe(0.5);
    expect(amounts.taxAmount).toEqual(none);
    expect(checkAmounts({ netAmount: none, taxAmount: none, totalAmount: read(120) }, { chineseVat: false, lines: null }).totalAmount.check).toBe('not confirmed by net + tax = total: netAmount and taxAmount not read');
  });

  it('when an English invoice taxes 20 %, then no Chinese rate is required', () => {
    const amounts = checkAmounts({ netAmount: read(100), taxAmount: read(20), totalAmount: read(120) }, { chineseVat: false, lines: null });
    expect(amounts.taxAmount).toEqual(read(20));
  });
});
