import type { DocumentText, TextLine, TextSegment } from './document-text.model';
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
  return doubtPartyValues(fields, (wanted, party) => {
    const holding = text.lines.filter((line) => line.segments.some((segment) => compact(segment.text).includes(wanted)));
    return holding.length > 0 && holding.every((line) => names(line, otherParty(party)) && !names(line, party));
  }, (other) => `stands only on the ${other}'s row (opened by the ${other}'s role)`);
}

/**
 * Each party's name and tax id (not yet doubted, four characters at least as compared) for which
 * `misplaced` holds, given its compared text and its party, sent to manual entry: "<value> <where>:
 * it may be the <other party>'s".
 */
function doubtPartyValues(fields: PartyFields, misplaced: (wanted: string, party: Party) => boolean, where: (other: Party) => string): PartyFields {
  const result = { ...fields };
  for (const party of ['seller', 'buyer'] as const) {
    for (const name of [`${party}Name`, `${party}TaxId`] as const) {
      const field = fields[name];
      if (field.value === null || field.check) continue;
      const wanted = compact(field.value);
      if (wanted.length < 4 || !misplaced(wanted, party)) continue;
      result[name] = failedCheck(field, `"${field.value}" ${where(otherParty(party))}: it may be the ${otherParty(party)}'s`);
    }
  }
  return result;
}

/** How many lines above a value its column's heading may stand ("Customer details" over name, address, VAT number). */
const headingReach = 5;

const roleOf = (segmentText: string): Party | null => (['seller', 'buyer'] as const).find((party) => roleOpening[party].test(normaliseText(segmentText))) ?? null;

/** A heading names a role and nothing else: no value after a colon, no digit ("Customer details", "Bill to", "Seller:"). */
const isHeading = (segmentText: string) => !/\d|[:：]\s*\S/u.test(normaliseText(segmentText));

/**
 * The party whose role heads the column a segment stands in: the role the segment itself opens with
 * ("Buyer: …"), else the role of the nearest segment above it, within headingReach, that opens with
 * one, where that segment is a heading — null where it is a labelled value ("客户税号：…" over
 * "税务登记号：…" in a grid of labelled values) or none stands above.
 */
function columnRole(text: DocumentText, lineIndex: number, segment: TextSegment): Party | null {
  const own = roleOf(segment.text);
  if (own) return own;
  const page = text.lines[lineIndex]?.page;
  for (let above = lineIndex - 1; above >= Math.max(0, lineIndex - headingReach); above -= 1) {
    const line = text.lines[above] as TextLine;
    if (line.page !== page) return null;
    const over = line.segments.map((s) => ({ text: s.text, role: s.x < segment.right && segment.x < s.right ? roleOf(s.text) : null })).find((s) => s.role !== null);
    if (over) return isHeading(over.text) ? over.role : null;
  }
  return null;
}

/**
 * Party blocks side by side under their headings ("Supplier details | Customer details"): a party's
 * name or tax id found only in the column the other party's role heads, and nowhere under its own
 * (its own label read as a word no vocabulary knows, the other party's label taken for its own),
 * is that party's as likely: whose it is is not certain, so it goes to manual entry.
 */
export function checkNotInOtherPartysColumn(text: DocumentText, fields: PartyFields): PartyFields {
  return doubtPartyValues(fields, (wanted, party) => {
    const roles = text.lines.flatMap((line, lineIndex) => line.segments.filter((segment) => compact(segment.text).includes(wanted)).map((segment) => columnRole(text, lineIndex, segment)));
    return roles.length > 0 && roles.every((role) => role === otherParty(party));
  }, (other) => `stands only in the column the ${other}'s role heads`);
}
