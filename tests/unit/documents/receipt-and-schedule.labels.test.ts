import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('proof-of-delivery slips and contract schedules', () => {
  const slip = [
    'Harbour Tools Ltd                          PROOF OF DELIVERY',
    'Delivery note number     Customer PO       Delivered',
    'DN-2025-6249             PO-31989          4 Feb 2025',
    'Ship to',
    'Mill Lane Metals Ltd',
    'Received the above goods in good order.',
    'Signature       Sopie Tumer',
    'Name (print): Sophie Turner                Date: 05/02/2025',
  ];

  it('when the date stands under "Delivered", then it is the delivery date; "Delivered to" stays a receiver', () => {
    const note = extractDeliveryNoteFromText(monospaced(slip));
    expect(note.deliveryDate.value).toBe('2025-02-04');
    expect(extractDeliveryNoteFromText(monospaced(['Delivered to: Mill Lane Metals Ltd'])).deliveryDate.value).toBeNull();
  });

  it('when a name is printed beside the signature, then the printed name is the signer, not the handwriting', () => {
    expect(extractDeliveryNoteFromText(monospaced(slip)).signedBy.value).toBe('Sophie Turner');
  });

  it('when the receipt is dated on a line under the signature, then that date is the signature date', () => {
    expect(extractDeliveryNoteFromText(monospaced(slip)).signatureDate.value).toBe('2025-02-05');
  });

  it('when a contract\'s particulars are a schedule table, then its reference and price rows are read', () => {
    const contract = extractContractFromText(monospaced([
      'CONTRACT FOR THE SALE OF GOODS',
      'Schedule 1 - Particulars',
      'Reference               SC-2025-7359',
      'Seller                  Contoso Retail Ltd',
      'Seller VAT number       GB738802120',
      'Buyer                   Fabrikam Components Ltd',
      'Price (incl. VAT)       GBP 30,482.30',
      'Date of this contract   2 Oct 2025',
    ]));
    expect(contract.contractNumber.value).toBe('SC-2025-7359');
    expect(contract.amount.value).toBe(30482.3);
    expect(contract.sellerName.value).toBe('Contoso Retail Ltd');
    expect(contract.signingDate.value).toBe('2025-10-02');
  });
});
