import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('two receivers', () => {
  it('when a delivery note names a customer and a different consignee, then the receiver read goes to manual entry naming both', () => {
    const fields = extractDeliveryNoteFromText(monospaced([
      'DELIVERY NOTE',
      'Delivery note no.: DN-2025-1170',
      'Customer: Blue Harbour Logistics Ltd',
      'Consignee: Eastgate Distribution Ltd',
    ]));
    expect(fields.receiverName.check).toMatch(/Blue Harbour Logistics Ltd, Eastgate Distribution Ltd/);
    const one = extractDeliveryNoteFromText(monospaced(['DELIVERY NOTE', 'Customer: Blue Harbour Logistics Ltd', 'Consignee: Blue Harbour Logistics Ltd']));
    expect(one.receiverName.check).toBeUndefined();
  });
});
