import { chineseDate, usDate } from '../../../src/documents/evaluation/generated-drawing';
import { expectEveryFieldPrinted, expectRegisteredSeenWithTheFieldsOfTheirType, printedText } from './generated-printed-text.fixture';

const seen9 = ['en-invoice-three-parties', 'cn-vat-invoice-party-table', 'cn-delivery-note-sign-table', 'en-agreement-party-table'];

/** How each layout writes a date (the truth is ISO). */
const dateFormat: Record<string, (iso: string) => string> = {
  'en-invoice-three-parties': usDate,
  'cn-vat-invoice-party-table': chineseDate,
  'cn-delivery-note-sign-table': chineseDate,
  'en-agreement-party-table': usDate,
};

describe('generated evaluation: the seen layouts drawn to find failures on new shapes', () => {
  it('are registered seen, each with the fields of its document type', () => {
    expectRegisteredSeenWithTheFieldsOfTheirType(seen9);
  });

  it.each(seen9.flatMap((name) => [0, 1, 2, 3].map((index) => [name, index] as const)))('%s #%d prints every evaluated field', (name, index) => expectEveryFieldPrinted(name, index, dateFormat[name]!, /GBP|¥/u));

  it('prints a third company (the carrier) beside the buyer, and the carrier\'s printed name beside the signature', async () => {
    expect((await printedText('en-invoice-three-parties', 0)).text).toMatch(/Ship to .*c\/o [A-Z][a-z]+ [A-Za-z ]+ Ltd/);
    const { text, expected } = await printedText('cn-delivery-note-sign-table', 0);
    expect(text).toMatch(/送货人 .*赵刚/u);
    expect(text).toContain(String(expected['signedBy']));
  });
});
