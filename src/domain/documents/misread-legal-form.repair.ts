/**
 * "Ltd" as OCR misreads it at the end of an English company name: "Lid", "Itd", "L1d", "Lld", or
 * glued to the word before it ("Wingtip IndustrialLtd"). No company name ends in those words, so the
 * legal form is written back ("Fabrikam Components Lid" → "Fabrikam Components Ltd"), in the case it
 * was printed in.
 */
const misreadLtd = /(?<=\s)(?:lid|itd|l1d|lld|i1d|1td)(?=\.?$)/iu;
const gluedLegalForm = /(?<=\p{Ll})(?=(?:Ltd|Limited|GmbH)\.?$)/u;

export function withLegalFormRead(name: string): string {
  return name.replace(misreadLtd, (read) => (read === read.toUpperCase() ? 'LTD' : 'Ltd')).replace(gluedLegalForm, ' ');
}
