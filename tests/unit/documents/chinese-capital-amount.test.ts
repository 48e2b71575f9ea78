import { parseCapitalAmount, toCapitalAmount } from '../../../src/domain/documents/chinese-capital-amount';

describe('amounts in Chinese capital numerals (大写)', () => {
  it.each([
    [123456.78, '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'],
    [10010, '壹万零壹拾元整'],
    [200300.4, '贰拾万零叁佰元肆角'],
    [100.07, '壹佰元零柒分'],
    [120000000.01, '壹亿贰仟万元零壹分'],
    [0.5, '零元伍角'],
  ])('when %p is written in capitals, then it reads %s and back', (amount, capitals) => {
    expect(toCapitalAmount(amount)).toBe(capitals);
    expect(parseCapitalAmount(capitals)).toBe(amount);
  });

  it('when traditional forms are printed, then they are read too', () => {
    expect(parseCapitalAmount('貳萬參仟陸佰圓整')).toBe(23600);
  });

  it('when a run is no well-formed amount, then nothing is read', () => {
    expect([parseCapitalAmount('壹贰元'), parseCapitalAmount('人民币'), parseCapitalAmount('壹拾贰万'), parseCapitalAmount('伍角元')]).toEqual([null, null, null, null]);
  });
});
