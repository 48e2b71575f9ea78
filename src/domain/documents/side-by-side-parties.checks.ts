import type { DocumentText, TextLine } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { checkTaxIdField } from './invoice-field.checks';
import { readPartyBlock } from './invoice-parties.extractor';
import { defaultManualEntryPolicy } from './manual-entry.rules';
import { findPartyBlocks, otherParty, type Party, type PartyBlock } from './party-block.finder';
import { checkOrganisationName } from './party-fields.checks';
import { normalisePartyName } from './party-name.normaliser';
import { normaliseTaxId } from './tax-id.parser';

export interface PartyFields {
  sellerName: Field<string>;
  sellerTaxId: Field<string>;
  buyerName: Field<string>;
  buyerTaxId: Field<string>;
}

type Kind = 'name' | 'taxId';

const fieldName = (party: Party, kind: Kind) => `${party}${kind === 'name' ? 'Name' : 'TaxId'}` as keyof PartyFields;
const described: Record<Kind, string> = { name: 'name', taxId: 'tax id' };

/** The same name or id, as compared: case, spaces, separators and a name's legal form aside. */
const key = (kind: Kind, value: string) => (kind === 'name' ? normalisePartyName(value.replace(/\s+/g, ' ')) || value.replace(/\s+/g, '') : normaliseTaxId(value));

/** A value of its kind that would pass as the party's own: read surely and passing the checks of its form. */
function sure(kind: Kind, field: Field<string>): boolean {
  if (field.value === null || field.check || field.confidence < defaultManualEntryPolicy.threshold) return false;
  return !(kind === 'name' ? checkOrganisationName(field) : checkTaxIdField(field)).check;
}

/** What a block's row holds of a party's name or tax id, read as its block is read, when it passes the checks of its form. */
function readInRow(block: PartyBlock, row: TextLine, kind: Kind): string | null {
  const read = readPartyBlock({ ...block, text: { ...block.text, lines: [row] } })[kind];
  return read.value !== null && !(kind === 'name' ? checkOrganisationName(read) : checkTaxIdField(read)).check ? read.value : null;
}

const sameRow = (a: TextLine, b: TextLine) => a.page === b.page && a.top === b.top;

/**
 * Two party blocks side by side under one heading row share their rows: a row OCR read one column
 * off, or a cell it lost, gives one party the other's value and leaves the other with a neighbour's
 * text (a "c/o" address, a town) or nothing. So a party's name or tax id read in its column is
 * confirmed by its neighbour: the other party's column holding a value of the same kind in the same
 * row, or the other party's value of that kind read surely. Where neither holds, whose the value is
 * rests on the row's columns alone, and it goes to manual entry.
 */
export function checkSideBySideParties(text: DocumentText, fields: PartyFields): PartyFields {
  const blocks = findPartyBlocks(text);
  const { seller, buyer } = blocks;
  if (!seller || !buyer || seller.headingLine !== buyer.headingLine) return fields;
  const result = { ...fields };
  for (const party of ['seller', 'buyer'] as const) {
    const [own, neighbour] = [blocks[party] as PartyBlock, blocks[otherParty(party)] as PartyBlock];
    for (const kind of ['name', 'taxId'] as const) {
      const field = fields[fieldName(party, kind)];
      if (field.value === null || field.check) continue;
      const wanted = key(kind, field.value);
      const row = own.text.lines.find((line) => {
        const read = readInRow(own, line, kind);
        return read !== null && key(kind, read) === wanted;
      });
      // read elsewhere than in its column: not this rule's to judge
      if (!row) continue;
      const beside = neighbour.text.lines.find((line) => sameRow(line, row));
      const besideValue = beside ? readInRow(neighbour, beside, kind) : null;
      if (besideValue !== null && key(kind, besideValue) !== wanted) continue;
      const neighbours = fields[fieldName(otherParty(party), kind)];
      if (sure(kind, neighbours) && key(kind, neighbours.value as string) !== wanted) continue;
      result[fieldName(party, kind)] = failedCheck(
        field,
        `the ${otherParty(party)}'s column beside it holds no ${described[kind]} of its own in that row, and the ${otherParty(party)}'s ${described[kind]} was not read surely: a row read one column off would have given the ${party} the ${otherParty(party)}'s`,
      );
    }
  }
  return result;
}
