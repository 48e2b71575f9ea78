import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: a row of labels over a row of values, once as printed, once read one column off.

describe('a row of labels read one column off its values', () => {
  const invoice = (labels: string) => extractInvoiceFromText(monospaced([
    'INVOICE',
    labels,
    'C06393         INV-2025-39360    25/06/2025     PO-58211        1',
    'Bill to: Wingtip Industrial Ltd',
  ]));

  it('when each label stands over its own value, then the number and the date are taken as read', () => {
    const read = invoice('Account No.    Invoice No.       Tax point      Your order ref  Page');
    expect(read.invoiceNumber).toMatchObject({ value: 'INV-2025-39360' });
    expect(read.invoiceNumber.check).toBeUndefined();
    expect(read.issueDate).toMatchObject({ value: '2025-06-25' });
    expect(read.issueDate.check).toBeUndefined();
  });

  it('when the labels are read one column off, then the invoice number under them goes to manual entry, the date label over no date saying why', () => {
    const read = invoice('Invoice No.    Tax point         Your order ref Page            Account No.');
    expect(read.invoiceNumber.value).toBe('C06393');
    expect(read.invoiceNumber.check).toMatch(/"Tax point" stands over no date: the row was read one column off/);
  });
});
