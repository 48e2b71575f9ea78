import type { Field } from '../../../src/domain/documents/extracted-field';
import { checkDigitalInvoiceYear } from '../../../src/domain/documents/invoice-field.checks';
import { checkOrganisationName, checkSignerName, checkPartyFields } from '../../../src/domain/documents/party-fields.checks';

const read = (value: string | null, confidence = 0.93): Field<string> => ({ value, confidence, source: 'ocr' });

describe('checks of the parties read from any layout', () => {
  it('when a Chinese organisation name ends with its form, then it passes; cut short, or holding a label, it goes to manual entry', () => {
    expect(checkOrganisationName(read('杭州示例机械有限公司'))).toEqual(read('杭州示例机械有限公司'));
    expect(checkOrganisationName(read('宁波示例轴承厂'))).toEqual(read('宁波示例轴承厂'));
    expect(checkOrganisationName(read('Harbour Steel Ltd'))).toEqual(read('Harbour Steel Ltd'));
    expect(checkOrganisationName(read('杭州示例机械有限公'))).toMatchObject({ value: '杭州示例机械有限公', confidence: 0.5, check: expect.stringContaining('ends with its form') });
    expect(checkOrganisationName(read('纳税人识别号 杭州示例机械有限公司'))).toMatchObject({ confidence: 0.5, check: expect.stringContaining("another field's label") });
    expect(checkOrganisationName(read('杭州示例|机械有限公司'))).toMatchObject({ confidence: 0.5, check: expect.stringContaining('characters') });
  });

  it('when a Latin-script name has stray marks, words run together or a misread legal form, then it goes to manual entry', () => {
    expect(checkOrganisationName(read('Adventure Works Ltd'))).toEqual(read('Adventure Works Ltd'));
    expect(checkOrganisationName(read('McDonald Logistics Ltd'))).toEqual(read('McDonald Logistics Ltd'));
    expect(checkOrganisationName(read('Adventure Works Lid'))).toMatchObject({ confidence: 0.5, check: expect.stringContaining('legal form') });
    expect(checkOrganisationName(read('AdventureWorksLtd'))).toMatchObject({ confidence: 0.5, check: expect.stringContaining('run together') });
    expect(checkOrganisationName(read('Adventure | Works Ltd'))).toMatchObject({ confidence: 0.5 });
    expect(checkOrganisationName(read('Fabrikam ComponentsLtd'))).toMatchObject({ confidence: 0.5, check: expect.stringContaining('run together') });
    expect(checkPartyFields('invoice', { buyerTaxId: read('GB10896889') }).buyerTaxId).toMatchObject({ confidence: 0.5, check: expect.stringContaining('9 or 12 digits') });
    expect(checkPartyFields('invoice', { buyerTaxId: read('GB108968898') }).buyerTaxId).toEqual(read('GB108968898'));
    expect(checkSignerName(read("Daniel O'Brien"))).toEqual(read("Daniel O'Brien"));
    expect(checkSignerName(read('wang Wei'))).toMatchObject({ confidence: 0.5 });
    expect(checkSignerName(read('Danie | Evan'))).toMatchObject({ confidence: 0.5 });
  });

  it('when a Latin-script name holds a heading or carries no legal form, then it goes to manual entry (a label or address line taken for the name)', () => {
    expect(checkOrganisationName(read('Ship to'))).toMatchObject({ confidence: 0.5, check: expect.stringContaining("another field's label") });
    expect(checkOrganisationName(read('Bill to Adventure Works Ltd'))).toMatchObject({ confidence: 0.5, check: expect.stringContaining("another field's label") });
    expect(checkOrganisationName(read('Invoice date'))).toMatchObject({ confidence: 0.5 });
    expect(checkOrganisationName(read('Unit 4, Dock Road'))).toMatchObject({ confidence: 0.5, check: expect.stringContaining('no legal form') });
    expect(checkOrganisationName(read('McDonald Logistics'))).toMatchObject({ value: 'McDonald Logistics', confidence: 0.5, check: expect.stringContaining('no legal form') });
    for (const name of ['Contoso Retail Ltd.', 'Fabrikam Components Limited', 'Acme Inc.', 'Müller Maschinenbau GmbH & Co. KG', 'Dupont SARL', 'Van Dijk Techniek B.V.', 'Smith & Co.']) {
      expect(checkOrganisationName(read(name))).toEqual(read(name));
    }
  });

  it("when a Chinese signer's name is not two to four characters, then it goes to manual entry", () => {
    expect(checkSignerName(read('王伟'))).toEqual(read('王伟'));
    expect(checkSignerName(read('王伟 2025'))).toMatchObject({ confidence: 0.5 });
    expect(checkSignerName(read('签收王'.repeat(2)))).toMatchObject({ confidence: 0.5 });
  });

  it('when both parties read the same name or tax id, then both go to manual entry; credit codes are checked on contracts too', () => {
    const fields = checkPartyFields('contract', {
      sellerName: read('杭州示例机械有限公司'), buyerName: read('杭州示例机械有限公司'), sellerTaxId: read('91330100MA27XL0E2G'), buyerTaxId: read('91330100MA27XLOE2G'),
    });
    expect(fields.sellerName).toMatchObject({ confidence: 0.5, check: expect.stringContaining('read the same') });
    expect(fields.buyerName).toMatchObject({ confidence: 0.5 });
    // the buyer's O is corrected to 0 by the check character, and then equals the seller's
    expect(fields.buyerTaxId).toMatchObject({ value: '91330100MA27XL0E2G', confidence: 0.5, check: expect.stringContaining('read the same') });
  });

  it("when a fully digital invoice's number does not begin with its year of issue, then both go to manual entry", () => {
    const date = read('2025-03-02');
    expect(checkDigitalInvoiceYear(read('25330000000000000003'), date)).toEqual([read('25330000000000000003'), date]);
    const [number, issued] = checkDigitalInvoiceYear(read('26330000000000000003'), date);
    expect([number.confidence, issued.confidence]).toEqual([0.5, 0.5]);
    expect(number.check).toBe('the fully digital invoice number 26330000000000000003 does not begin with the year of issue 2025');
  });
});

describe('a party name that reads as an address', () => {
  it('when the line under a name ("90 Station Road, Cardiff") was taken for it, then it goes to manual entry with the reason', () => {
    const checked = checkOrganisationName(read('90 Station Road, Cardiff'));
    expect(checked.check).toBe('"90 Station Road, Cardiff" reads as an address, not a name');
    expect(checked.confidence).toBeLessThan(0.8);
  });

  it.each([['20th Century Components Ltd'], ['3M United Kingdom PLC'], ['Blue Harbour Logistics Ltd']])('when the name is "%s", then it passes', (name) => {
    expect(checkOrganisationName(read(name)).check).toBeUndefined();
  });
});

describe('a legal form misread by one letter', () => {
  it.each([['Contoso Retail Ld'], ['Contoso Retail Lid']])('when the name reads "%s", then it goes to manual entry', (name) => {
    expect(checkOrganisationName(read(name)).check).toBe(`the legal form of "${name}" looks misread`);
  });

  it.each([['Wang & Li'], ['Siemens AG'], ['Harbour Steel & Co']])('when the name reads "%s", then it passes', (name) => {
    expect(checkOrganisationName(read(name)).check).toBeUndefined();
  });
});

describe("a Latin-script signer's name that is no person's", () => {
  it.each([['Contoso Retail Ltd'], ['Print Name'], ['Date Received'], ['Customer Signature'], ['Goods Inwards']])('when the signer reads "%s" (a company or a label), then it goes to manual entry', (value) => {
    expect(checkSignerName(read(value))).toMatchObject({ value, confidence: 0.5, check: expect.stringMatching(/company|label/) });
  });

  it.each([['Emily Carter'], ['Wang Wei'], ["Daniel O'Brien"], ['J. Wilson'], ['Anne-Marie Price'], ['Tom Dating']])('when the signer reads "%s", then it passes', (value) => {
    expect(checkSignerName(read(value))).toEqual(read(value));
  });
});

describe('a party name written "care of" another company', () => {
  it.each([['c/o Harbour Freight Services Ltd'], ['C/O Midland Parcel Carriers Ltd'], ['care of Northgate Warehousing Ltd']])('when a name reads "%s", then it is a third party\'s (the carrier\'s) and goes to manual entry', (value) => {
    expect(checkOrganisationName(read(value))).toMatchObject({ value, confidence: 0.5, check: expect.stringMatching(/care of/) });
  });

  it('when "Co" ends a name, then it is a legal form, not "care of"', () => {
    expect(checkOrganisationName(read('Smith & Co.'))).toEqual(read('Smith & Co.'));
  });
});
