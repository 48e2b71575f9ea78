import type { DocumentText, TextLine } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { otherParty, roleWords, type Party } from './party-block.finder';
import { normaliseTaxId } from './tax-id.parser';
import { normaliseText } from './text.normaliser';
import type { PartyFields } from './side-by-side-parties.checks';


/** A segment that opens with a party's role ("Seller", "Bill to", 销售方), marks OCR read before it set aside. */
const opensWithRole = (party: Party) => new RegExp(`^[^\\p{L}]*(?:the\\s*)?(?:${roleWords[party]})`, 'iu');
const roleOpening: Record<Party, RegExp> = { seller: opensWithRole('seller'), buyer: opensWithRole('buyer') };

/** Text as compared: spaces (OCR puts them between CJK characters), separators and case aside. */
const compact = (value: string) => normaliseTaxId(normaliseText(value)).replace(/[,'’]/g, '');

const names = (line: TextLine, party: Party) => line.segments.some((segment) => roleOpening[party].test(normaliseText(segment.text)));

/**
 * A party table prints each party on a row of its own, opened by its role (销售方 | name | id …;
 * "Buyer | name | VAT …"). A party's name or tax id found only on rows that the other party's role
 * opens, and none that its own does, was read from the other party's row (its own row lost, or its
 * block's end unseen): whose it is is not certain, so it goes to manual entry.
 */
export function checkNotOnOtherPartysRow(text: DocumentText, fields: PartyFields): PartyFields {
  const result = { ...fields };
  for (const party of ['seller', 'buyer'] as const) {
    for (const name of [`${party}Name`, `${party}TaxId`] as const) {
      const field = fields[name];
      if (field.value === null || field.check) continue;
      const wanted = compact(field.value);
      if (wanted.length < 4) continue;
      const holding = text.lines.filter((line) => line.segments.some((segment) => compact(segment.text).includes(wanted)));
      if (!holding.length || !holding.every((line) => names(line, otherParty(party)) && !names(line, party))) continue;
      result[name] = failedCheck(field, `"${field.value}" stands only on the ${otherParty(party)}'s row (opened by the ${otherParty(party)}'s role): it may be the ${otherParty(party)}'s`);
    }
  }
  return result;
}
