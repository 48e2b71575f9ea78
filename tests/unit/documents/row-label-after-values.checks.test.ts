import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { checkNameNotBeforeItsRowLabel } from '../../../src/domain/documents/row-label-after-values.checks';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

const columns = (...cells: string[]) => cells.map((cell) => cell.padEnd(26)).join('');
const partyTable = (nameRow: string) => monospaced(['SALES AGREEMENT', columns('Party', 'Seller', 'Buyer'), nameRow, columns('Address', '1 High Street, Leeds', '2 Low Road, York')]);

describe('a party table\'s row read one column off', () => {
  it('when the row\'s label opens it, then both names are read as printed', () => {
    const contract = extractContractFromText(partyTable(columns('Name', 'Adventure Works Ltd', 'Proseware Metals Ltd')));
    expect(contract.sellerName).toMatchObject({ value: 'Adventure Works Ltd' });
    expect(contract.sellerName.check).toBeUndefined();
    expect(contract.buyerName.check).toBeUndefined();
  });

  it('when the row\'s label "Name" stands after the names, then the name in the seller\'s column goes to manual entry', () => {
    const contract = extractContractFromText(partyTable(columns('Adventure Works Ltd', 'Proseware Metals Ltd', 'Name')));
    expect(contract.sellerName.value).toBe('Proseware Metals Ltd');
    expect(contract.sellerName.check).toMatch(/one column off/);
  });

  it('a label with its own value after it ("Buyer name: …") is not a row\'s label out of place', () => {
    const text = monospaced(['Seller: Adventure Works Ltd        Buyer name: Proseware Metals Ltd']);
    expect(checkNameNotBeforeItsRowLabel({ value: 'Adventure Works Ltd', confidence: 0.95, source: 'ocr' }, text).check).toBeUndefined();
    const shifted = monospaced(['Adventure Works Ltd        名称']);
    expect(checkNameNotBeforeItsRowLabel({ value: 'Adventure Works Ltd', confidence: 0.95, source: 'ocr' }, shifted).check).toMatch(/one column off/);
  });
});
