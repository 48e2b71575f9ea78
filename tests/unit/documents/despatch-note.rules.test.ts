import { dateOrderOf, findDates } from '../../../src/domain/documents/date.parser';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { datesOfDocument } from '../../../src/domain/documents/document-dates.checks';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples, written for these tests as British despatch notes and goods-received notes look on paper.

describe('the day/month order of numeric dates', () => {
  it('when a date reads only one way, then it decides the order of the whole document', () => {
    expect(dateOrderOf('Invoice 28/02/2026, due 03/04/2026')).toBe('day-first');
    expect(dateOrderOf('Invoice 02/28/2026, due 03/04/2026')).toBe('month-first');
  });

  it('when dates contradict each other, then the order is undecided', () => {
    expect(dateOrderOf('Shipped 28/02/2026, received 02/28/2026')).toBe('undecided');
  });

  it('when every date reads both ways, then British and European marks say day first and American ones month first', () => {
    expect(dateOrderOf('DISPATCH ADVICE  Total £120.00  Date 03/04/2026')).toBe('day-first');
    expect(dateOrderOf('Goods despatched 03/04/2026')).toBe('day-first');
    expect(dateOrderOf('Kestrel Pumps Limited, Unit 4, Leeds LS11 5QR  03/04/2026')).toBe('day-first');
    expect(dateOrderOf('Ridgeway Tools Inc., 12 Elm St, Dayton, OH 45402  03/04/2026')).toBe('month-first');
  });

  it('when there are no marks or marks of both kinds, then the order is undecided', () => {
    expect(dateOrderOf('Date 03/04/2026')).toBe('undecided');
    expect(dateOrderOf('Ridgeway Tools Inc. invoices Kestrel Pumps Ltd  £120.00  03/04/2026')).toBe('undecided');
    expect(dateOrderOf('Kestrel Pumps Ltd  03/04/2026')).toBe('undecided');
  });

  it('when a numeric date reads both ways, then it is marked ambiguous; one that reads one way or repeats its number is not', () => {
    expect(findDates('03/04/2026')[0]).toMatchObject({ iso: '2026-04-03', ambiguous: true });
    expect(findDates('13/04/2026')[0]?.ambiguous).toBeUndefined();
    expect(findDates('04/04/2026')[0]?.ambiguous).toBeUndefined();
    expect(findDates('2026-04-03')[0]?.ambiguous).toBeUndefined();
  });

  it('when the order is undecided, then an ambiguous date is read but fails its check, and an unambiguous one passes', () => {
    const dates = datesOfDocument('Date 03/04/2026 and 13/04/2026');
    expect(dates.order).toBe('day-first');
    const undecided = datesOfDocument('Date 03/04/2026');
    const read = undecided.parse('03/04/2026');
    expect(read).toBe('2026-04-03');
    expect(undecided.check({ value: read, confidence: 0.95, source: 'text-layer' })).toMatchObject({ value: '2026-04-03', confidence: 0.5, check: expect.stringMatching(/day first or month first/) });
    expect(undecided.check({ value: undecided.parse('15 April 2026'), confidence: 0.95, source: 'text-layer' }).check).toBeUndefined();
  });
});

describe('reading a British despatch note', () => {
  it('when the numbers stand in a box and the receipt is signed at the foot, then every field is read, dates day first', () => {
    const note = extractDeliveryNoteFromText(
      monospaced([
        'Kestrel Pumps Ltd                                         DESPATCH NOTE',
        'Unit 4, Canal Wharf, Leeds',
        '                                                          Despatch No.   KP/88123',
        '                                                          Despatched     04/03/2026',
        '                                                          Your ref.      ORD-55120',
        'Deliver to:',
        'Ashby Farm Supplies Ltd',
        'Description                      Qty',
        'Centrifugal pump 2 kW            3',
        'Goods received in good condition.',
        'Signed   Harriet Moss                          Date   05/03/2026',
      ]),
    );
    expect(note.deliveryNoteNumber.value).toBe('KP/88123');
    expect(note.orderReference.value).toBe('ORD-55120');
    expect(note.deliveryDate).toMatchObject({ value: '2026-03-04' });
    expect(note.deliveryDate.check).toBeUndefined();
    expect(note.receiverName.value).toBe('Ashby Farm Supplies Ltd');
    expect(note.signedBy.value).toBe('Harriet Moss');
    expect(note.signatureDate).toMatchObject({ value: '2026-03-05' });
    expect(note.signatureDate.check).toBeUndefined();
  });

  it('when a dispatch note uses other words of the trade, then they are read as the same fields', () => {
    const note = extractDeliveryNoteFromText(
      monospaced([
        'Consignment No: CN-40021           Date of despatch: 17 February 2026',
        'Customer order no.: 7781-B',
        'Consignee: Marsh Lane Builders Ltd',
        'Print name: Tom Okafor               Date received: 18 February 2026',
      ]),
    );
    expect(note.deliveryNoteNumber.value).toBe('CN-40021');
    expect(note.orderReference.value).toBe('7781-B');
    expect(note.deliveryDate.value).toBe('2026-02-17');
    expect(note.receiverName.value).toBe('Marsh Lane Builders Ltd');
    expect(note.signedBy.value).toBe('Tom Okafor');
    expect(note.signatureDate.value).toBe('2026-02-18');
  });

  it('when "Customer" opens the order number label, then it is not taken for the receiver', () => {
    const note = extractDeliveryNoteFromText(monospaced(['Customer order no.: 7781-B', 'Ship to: Marsh Lane Builders Ltd']));
    expect(note.receiverName.value).toBe('Marsh Lane Builders Ltd');
  });

  it('when the note does not say in which order its dates are written and both read both ways, then they go to manual entry', () => {
    const note = extractDeliveryNoteFromText(
      monospaced(['Delivery note no. 5521', 'Dispatch date: 04/03/2026', 'Ship to: Marsh Lane Builders', 'Received by: Tom Okafor   Date received: 05/03/2026']),
    );
    expect(note.deliveryDate).toMatchObject({ value: '2026-03-04', confidence: 0.5 });
    expect(note.deliveryDate.check).toMatch(/day first or month first/);
    expect(note.signatureDate.check).toMatch(/day first or month first/);
  });

  it('when "Signed for and on behalf of" a company, then the company is not taken for the signer', () => {
    const note = extractDeliveryNoteFromText(monospaced(['Delivery note no. 5521', 'Signed for and on behalf of Marsh Lane Builders Ltd']));
    expect(note.signedBy.value).toBeNull();
  });
});

describe('what OCR does to a delivery note’s labels and dates', () => {
  it('when a year-first date lost some or all of its separators, then it is read for the form and sent to manual entry', () => {
    const dates = datesOfDocument('');
    for (const [raw, iso] of [['202603-18', '2026-03-18'], ['202603.18', '2026-03-18'], ['20260318', '2026-03-18']] as const) {
      const read = dates.parse(raw);
      expect(read).toBe(iso);
      expect(dates.check({ value: read, confidence: 0.95, source: 'ocr' })).toMatchObject({ confidence: 0.5, check: expect.stringMatching(/separators/) });
    }
    expect(dates.parse('20261318')).toBeNull();
    expect(dates.parse('DN-20260318')).toBeNull();
  });

  it('when "Received by" is read with a letter dropped and the words run together, then it still labels the signer', () => {
    const note = extractDeliveryNoteFromText(monospaced(['Delivery note no. 5521', 'Recevedby:   Tom Okafor        Date of receipt: 2026-03-05'], { origin: 'ocr', confidence: 0.9 }));
    expect(note.signedBy.value).toBe('Tom Okafor');
    expect(note.signedBy.confidence).toBeLessThan(0.8);
  });

  it('when a Chinese receipt date lost a separator, then it is read and goes to manual entry', () => {
    const note = extractDeliveryNoteFromText(monospaced(['送货单号: SH20260501', '签收人: 李明', '签收日期:202605.02'], { origin: 'ocr', confidence: 0.9 }));
    expect(note.signatureDate).toMatchObject({ value: '2026-05-02', confidence: 0.5 });
  });
});

describe('a Chinese receiver label as OCR misreads it', () => {
  it('when 收货方 is read as 收贷方, then it still labels the receiver, and the name keeps its line’s confidence', () => {
    const note = extractDeliveryNoteFromText(monospaced(['收 贷方:江门锦程五金制品有限公司        单号:SH20260077'], { origin: 'ocr', confidence: 0.78 }));
    expect(note.receiverName.value).toBe('江门锦程五金制品有限公司');
    expect(note.receiverName.confidence).toBeLessThan(0.8);
  });
});

describe('more of the words delivery notes use', () => {
  it('when a docket names its number, the customer’s PO, the ship date and who received the goods in good order, then they are read', () => {
    const note = extractDeliveryNoteFromText(
      monospaced([
        'Delivery Docket No. DD-30917          Ship date: 2026-08-04',
        'Your PO: 55-7710',
        'Ship to: Quarry Road Garden Centre Ltd',
        'Received in good order by: Priya Nair        Date received: 2026-08-05',
      ]),
    );
    expect(note.deliveryNoteNumber.value).toBe('DD-30917');
    expect(note.orderReference.value).toBe('55-7710');
    expect(note.deliveryDate.value).toBe('2026-08-04');
    expect(note.signedBy.value).toBe('Priya Nair');
    expect(note.signatureDate.value).toBe('2026-08-05');
  });

  it('when the order is a "Cust. order no.", then it is the order reference and not the receiver', () => {
    const note = extractDeliveryNoteFromText(monospaced(['Cust. order no.: A-4471', 'Consignee: Quarry Road Garden Centre Ltd']));
    expect(note.orderReference.value).toBe('A-4471');
    expect(note.receiverName.value).toBe('Quarry Road Garden Centre Ltd');
  });
});
