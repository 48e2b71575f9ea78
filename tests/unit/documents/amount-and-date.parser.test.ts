import { findAmounts, parseAmount } from '../../../src/domain/documents/amount.parser';
import { parseDate } from '../../../src/domain/documents/date.parser';

describe('reading money amounts', () => {
  it.each([
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['46,68 €', 46.68],
    ['$ 4.11', 4.11],
    ['¥17.70', 17.7],
    ['-0,14', -0.14],
    ['(12.00)', -12],
    ['3.441.812', 3441812],
    ['15.929204', 15.929204],
  ])('when the text is %s, then the amount is %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it('when a row holds a percentage and a date, then only the money amounts are found', () => {
    // given
    const row = 'Tax 15% on $ 112.90 due 03/20/2023   $ 16.94';
    // when
    const amounts = findAmounts(row).map((a) => a.value);
    // then
    expect(amounts).toEqual([112.9, 16.94]);
  });

  it('when OCR reads ¥ as Y or doubles a separator, then the amount is still read, and a Y inside a word is left alone', () => {
    expect(findAmounts('合同总金额(含税): Y31,639.21').map((a) => a.value)).toEqual([31639.21]);
    expect(findAmounts('合计 Y53,.128.98').map((a) => a.value)).toEqual([53128.98]);
    expect(findAmounts('FY2025 report').map((a) => a.raw)).toEqual([]);
  });

  it('when OCR slips are repaired before an amount, then each amount is placed where it is printed', () => {
    // given: a space before the decimals and a doubled separator, both left of the last amount
    const row = 'Net 1,000 .00 | VAT 130,.00 | Total 1,130.00';
    // when
    const amounts = findAmounts(row);
    // then
    expect(amounts.map((a) => row.slice(a.index, a.end))).toEqual(['1,000 .00', '130,.00', '1,130.00']);
    expect(amounts.map((a) => a.raw)).toEqual(['1,000.00', '130.00', '1,130.00']);
  });
});

describe('reading dates', () => {
  it.each([
    ['2021 年10 月17日', '2021-10-17'],
    ['05.03.2018', '2018-03-05'],
    ['7. Mai 2014', '2014-05-07'],
    ['August 3 , 2014', '2014-08-03'],
    ['02 Juillet 2015', '2015-07-02'],
    ['8-9-2022', '2022-09-08'],
    ['21.05.14', '2014-05-21'],
    ['2022年01月24日', '2022-01-24'],
  ])('when the text is %s, then the date is %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('when the order is month first, then an ambiguous date is read month first', () => {
    expect(parseDate('04/05/2023', true)).toBe('2023-04-05');
    expect(parseDate('04/05/2023', false)).toBe('2023-05-04');
  });

  it('when the day does not exist, then no date is read', () => {
    expect(parseDate('31.02.2023')).toBeNull();
  });
});
