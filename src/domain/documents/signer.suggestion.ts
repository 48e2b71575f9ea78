import { DocumentText } from './document-text.model';
import { Field } from './extracted-field';
import { findAllLabelled } from './labelled-value.finder';
import { valuesNearWords } from './nearby-values';
import { checkSignerName } from './party-fields.checks';
import { parseSignerName } from './signer-name.parser';
import { suggested } from './suggested-field';

/** Words of a signature or a receipt, in the languages the vocabularies know. */
const signatureWord = /\b(?:received|signed|signature|accepted|acknowledged|receiver|recipient|consignee|unterschrift|empfangen|reçu|sign)\b|签收|签字|签名|签章|收货人|验收人?|接收人|经手人|确认人/iu;

/** What follows a signature's word before the name: "(in good order) by", "name", "(print name)", "of the receiver". */
const wordsBeforeName = /^(?:(?:in\s*good\s*(?:order|condition)\s*)?by\b|\(?\s*print(?:ed)?\s*name\s*\)?|name\b|of\s*(?:the\s*)?(?:receiver|recipient|consignee)\b|[\s:：])+/iu;

/**
 * Who signed for the goods, where no label gave it: a person's name (two to four Chinese
 * characters, or capitalised words, passing the signer's checks) beside or under words of a
 * signature, not a name read beside another person's words (the driver, whoever delivered or
 * issued the note). A suggestion: a person confirms it.
 */
export function suggestSigner(text: DocumentText, otherPersonWords: readonly RegExp[]): Field<string> | null {
  const person = (raw: string) => {
    const name = parseSignerName(raw.replace(wordsBeforeName, ''));
    return name && !checkSignerName({ value: name, confidence: 1, source: 'text-layer' }).check ? name : null;
  };
  const others = new Set(findAllLabelled(text, [...otherPersonWords], person, { linesBelow: 1 }).map((found) => found.value.replace(/\s+/g, '').toLowerCase()));
  const found = valuesNearWords(text, signatureWord, person, { notWith: otherPersonWords, linesBelow: 2 })
    .filter((candidate) => !others.has(candidate.value.replace(/\s+/g, '').toLowerCase()))
    .sort((a, b) => a.placement - b.placement || a.lineIndex - b.lineIndex)[0];
  return found ? suggested(found.value, text.lines[found.lineIndex]) : null;
}
