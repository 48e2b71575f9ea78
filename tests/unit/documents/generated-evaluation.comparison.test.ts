import { DocumentExtraction } from '../../../src/contracts/documents.contract';
import { compareGenerated, generatedReport } from '../../../src/documents/evaluation/generated-evaluation';
import { GeneratedTruth } from '../../../src/documents/evaluation/generated-truth';

const truth = { layout: 'test-layout', documentType: 'delivery-note', index: 0, rendering: 'png', expected: { deliveryNoteNumber: 'DN-1', signedBy: '王芳', orderReference: 'PO-7' } } as unknown as GeneratedTruth;

function extraction(values: Record<string, string>, manual: string[]): DocumentExtraction {
  const fields = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value, confidence: 0.9, source: 'ocr' }]));
  return { documentType: 'delivery-note', fields, pages: 1, textSources: ['ocr'], needsManualEntry: { required: manual.length > 0, threshold: 0.8, fields: manual.map((field) => ({ field, value: values[field] ?? null, confidence: 0.5, reason: 'low-confidence' })) } } as unknown as DocumentExtraction;
}

describe('comparing a generated document with what was read', () => {
  const comparisons = compareGenerated('doc-1', truth, false, extraction({ deliveryNoteNumber: 'DN-1', signedBy: '李四', orderReference: 'PO-7' }, ['signedBy', 'orderReference']));
  const byField = Object.fromEntries(comparisons.map((c) => [c.field, c]));

  it('a wrong value sent to manual entry is no silent error', () => {
    expect(byField.signedBy).toMatchObject({ match: false, silent: false, confirmedByHand: false });
  });

  it('a right value sent to manual entry counts as work a person does for nothing', () => {
    expect(byField.orderReference).toMatchObject({ match: true, silent: false, confirmedByHand: true });
    expect(byField.deliveryNoteNumber).toMatchObject({ match: true, confirmedByHand: false });
  });

  it('a wrong value not sent to manual entry is silent, and the report counts both', () => {
    const silent = compareGenerated('doc-2', truth, true, extraction({ deliveryNoteNumber: 'DN-2', signedBy: '王芳', orderReference: 'PO-7' }, []));
    expect(silent.filter((c) => c.silent).map((c) => c.field)).toEqual(['deliveryNoteNumber']);
    const report = generatedReport([...comparisons, ...silent], []);
    expect(report).toContain('  silent errors (wrong or empty required field not sent to manual entry): 1');
    expect(report).toContain('  right but to manual entry (read right, still listed for a person to confirm): 1');
    expect(report.find((line) => line.startsWith('  png, held out'))).toMatch(/ 2\/3 .* silent errors +1 /);
    expect(report.find((line) => line.startsWith('  png, seen'))).toMatch(/ 2\/3 .* silent errors +0 /);
    // seen: DN-1 right and accepted, PO-7 right but confirmed by hand, the signer wrong; held out: two right and accepted
    expect(report).toContain('  accepted without a person, seen layouts: 1/3 0.3333 (read right and not listed for manual entry)');
    expect(report).toContain('  accepted without a person, held-out layouts: 2/3 0.6667 (read right and not listed for manual entry)');
  });
});
