import type { Field } from '../../../src/domain/documents/extracted-field';
import { checkOrganisationName, checkPartyFields, checkSignerName } from '../../../src/domain/documents/party-fields.checks';

// Constructed samples: names as a reader may take them from a page.

const read = (value: string): Field<string> => ({ value, confidence: 0.9, source: 'ocr' });

describe('a company name cut short', () => {
  it('when the name ends with a word that joins it to more ("&", "of", "and"), then it was cut at a line end: manual entry', () => {
    for (const name of ['Baker &', 'Institute of', 'Smith, Jones and', 'Harbour Freight -']) {
      expect(checkOrganisationName(read(name)).check).toMatch(/cut at a line's end/);
    }
  });

  it('when the name is whole, with its legal form, then it passes', () => {
    expect(checkOrganisationName(read('Baker & Sons Ltd')).check).toBeUndefined();
    expect(checkOrganisationName(read('Bank of Wales plc')).check).toBeUndefined();
  });
});

describe('a signer who is a role or a party', () => {
  it('when the signer read is a role or a department, then it goes to manual entry', () => {
    for (const name of ['Warehouse Manager', 'Stores', 'Accounts Clerk']) expect(checkSignerName(read(name)).check).toMatch(/role or a department/);
    for (const name of ['仓管', '财务部', '仓库主管']) expect(checkSignerName(read(name)).check).toMatch(/role or a department|label/);
  });

  it('when the signer is a person, then it passes', () => {
    for (const name of ['Megan Bowen', 'J. Smith', '李明', '欧阳娜娜']) expect(checkSignerName(read(name)).check).toBeUndefined();
  });

  it('when the signer read is the receiver\'s company name, then the signature goes to manual entry', () => {
    const fields = checkPartyFields('delivery-note', { supplierName: read('Litware Supplies Ltd'), receiverName: read('Wingtip Industrial Ltd'), signedBy: read('Wingtip Industrial') });
    expect(fields.signedBy.check).toMatch(/reads as receiverName/);
    const signed = checkPartyFields('delivery-note', { supplierName: read('Litware Supplies Ltd'), receiverName: read('Wingtip Industrial Ltd'), signedBy: read('Megan Bowen') });
    expect(signed.signedBy.check).toBeUndefined();
  });
});
