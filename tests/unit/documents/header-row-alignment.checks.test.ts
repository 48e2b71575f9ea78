import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { extractDeliveryNoteFromText } from '../../../src/domain/documents/delivery-note-text.extractor';
import { checkReadFromAlignedRow } from '../../../src/domain/documents/header-row-alignment.checks';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples written for these tests, not real documents.

describe('a row under headers read one column off', () => {
  const signTable = (header: string, values: string) => monospaced(['送货单号：SH2025001', header, values]);

  it('when the header row is read one column off, then the signer under 签收人 (the deliverer) goes to manual entry', () => {
    const text = signTable('签收人      签收日期      备注          送货人', '赵刚        刘洋          2025-03-17    货物完好');
    expect(checkReadFromAlignedRow({ value: '赵刚', confidence: 0.9, source: 'ocr' }, text, 'text').check).toMatch(/one column off/);
    expect(extractDeliveryNoteFromText(text).signedBy.check).toMatch(/one column off/);
  });

  it('when every date header stands over a date, then the signer is kept as read', () => {
    const text = signTable('送货人      签收人        签收日期      备注', '赵刚        刘洋          2025-03-17    货物完好');
    const note = extractDeliveryNoteFromText(text);
    expect(note.signedBy.value).toBe('刘洋');
    expect(note.signedBy.check ?? '').not.toMatch(/one column off/);
    expect(checkReadFromAlignedRow({ value: '2025-03-17', confidence: 0.9, source: 'ocr' }, text, 'date').check).toBeUndefined();
  });

  it('when a header row of dates is read one column off, then the date under the wrong header goes to manual entry', () => {
    const columns = (...cells: string[]) => cells.map((cell) => cell.padEnd(16)).join('');
    const read = (...headers: string[]) => checkReadFromAlignedRow({ value: '2025-05-01', confidence: 0.9, source: 'ocr' }, monospaced([columns(...headers), columns('2025-05-01', '2025-05-13', '2025-05-16', '月结30天')]), 'date');
    expect(read('订单日期', '发货日期', '预计到货', '结算方式').check).toBeUndefined();
    expect(read('发货日期', '预计到货', '结算方式', '订单日期').check).toMatch(/one column off/);
  });

  it('when a contract\'s key-terms row is read one column off, then the number under "Contract No." goes to manual entry', () => {
    const row = (values: string) => extractContractFromText(monospaced(['Contract No.        Framework ref       Order ref           Date', values]));
    expect(row('SC-2025-5727        FW-2024-7275        T/909165            13 October 2025').contractNumber.check).toBeUndefined();
    const shifted = row('FW-2024-7275        T/909165            13 October 2025     SC-2025-5727');
    expect(shifted.contractNumber.value).toBe('FW-2024-7275');
    expect(shifted.contractNumber.check).toMatch(/one column off/);
  });

  it('a date header over an empty place, or a header row with figures in it, is not weighed', () => {
    const text = monospaced(['签收人      签收日期', '刘洋']);
    expect(checkReadFromAlignedRow({ value: '刘洋', confidence: 0.9, source: 'ocr' }, text, 'text').check).toBeUndefined();
  });
});
