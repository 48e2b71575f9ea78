import { extractInvoiceFromText } from '../../../src/domain/documents/invoice-text.extractor';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples: small invoices written for these tests, not real documents.

describe('invoice dates in the order the document writes them (as delivery notes and contracts)', () => {
  it('when an unambiguous date elsewhere is day first, then 03/04/2025 is read as 3 April and accepted', () => {
    const invoice = extractInvoiceFromText(monospaced(['INVOICE', 'Invoice No: INV-1001', 'Invoice Date: 03/04/2025', 'Due Date: 18/05/2025', 'Total  120.00']));
    expect(invoice.issueDate.value).toBe('2025-04-03');
    expect(invoice.issueDate.check).toBeUndefined();
  });

  it('when only American marks tell the order (USD, Inc.), then 03/04/2025 is read as March 4', () => {
    const invoice = extractInvoiceFromText(monospaced(['INVOICE', 'Acme Tools Inc.', 'Invoice No: INV-1002', 'Invoice Date: 03/04/2025', 'Total USD  120.00']));
    expect(invoice.issueDate.value).toBe('2025-03-04');
    expect(invoice.issueDate.check).toBeUndefined();
  });

  it('when nothing tells the order, then a date that reads both ways is read day first and sent to manual entry', () => {
    const invoice = extractInvoiceFromText(monospaced(['INVOICE', 'Invoice No: INV-1003', 'Invoice Date: 03/04/2025', 'Total  120.00']));
    expect(invoice.issueDate.value).toBe('2025-04-03');
    expect(invoice.issueDate.check).toMatch(/day first or month first/);
    expect(invoice.issueDate.confidence).toBeLessThan(0.8);
  });
});

describe('a date that reads both ways, settled by the date it belongs with', () => {
  it('when the due date is unambiguous and only one reading of the issue date comes before it, then that reading is taken and accepted', () => {
    const invoice = extractInvoiceFromText(monospaced(['INVOICE', 'Invoice No: INV-1004', 'Invoice Date: 05/04/2025', 'Due Date: 20 April 2025', 'Total  120.00']));
    expect(invoice.issueDate.value).toBe('2025-04-05');
    expect(invoice.issueDate.check).toBeUndefined();
  });

  it('when both readings fit, then the date still goes to manual entry', () => {
    const invoice = extractInvoiceFromText(monospaced(['INVOICE', 'Invoice No: INV-1005', 'Invoice Date: 03/04/2025', 'Due Date: 2 May 2025', 'Total  120.00']));
    expect(invoice.issueDate.check).toMatch(/day first or month first/);
  });
});
