import { normaliseCompanyName, normaliseTaxId } from '../../src/domain/customers/customer-identity';

describe('customer identity for de-duplication', () => {
  it.each([
    ['Shanghai Example Trading Co., Ltd.', 'SHANGHAI EXAMPLE TRADING CO LTD'],
    ['上海示例贸易有限公司', '上海示例贸易 有限公司'],
    ['Ｓｈａｎｇｈａｉ Example Trading Limited', 'shanghai example trading'],
    ['Example GmbH (Hamburg)', 'Example'],
  ])('when "%s" and "%s" are compared, then they normalise to the same name', (a, b) => {
    expect(normaliseCompanyName(a)).toBe(normaliseCompanyName(b));
  });

  it('when a name merely ends in the letters of a legal form, then they are kept', () => {
    expect(normaliseCompanyName('Costco')).toBe('costco');
  });

  it('when names differ in substance, then they stay different', () => {
    expect(normaliseCompanyName('Shanghai Example Trading Co., Ltd.')).not.toBe(normaliseCompanyName('Shanghai Example Logistics Co., Ltd.'));
  });

  it('when a tax id is written with spaces, dashes or full-width letters, then it normalises to one form', () => {
    expect(normaliseTaxId(' 91310000-ma1fl4xx1k ')).toBe('91310000MA1FL4XX1K');
    expect(normaliseTaxId('９１３１００００MA1FL4XX1K')).toBe('91310000MA1FL4XX1K');
  });
});
