import { DocumentText, TextSegment } from './document-text.model';
import { normaliseText } from './text.normaliser';

/** A value found beside a word that says what it is, wherever the layout puts it. */
export interface NearbyValue<T> {
  value: T;
  lineIndex: number;
  /** 0: after the word in its own run of text, 1: in the next column, 2: in a line below, under the word */
  placement: 0 | 1 | 2;
  /** the run of text the word stands in, up to and with the word: what the word is part of ("Order No.", "Tel No.") */
  wordContext: string;
}

export interface NearbyOptions {
  /** a word whose run of text, up to the word, matches one of these is another field's ("Tel No.", "Order No.") */
  notWith?: readonly RegExp[];
  /** how many lines below the word a value under it is looked for */
  linesBelow?: number;
}

/**
 * Every value `parse` reads beside a word matching `word`: after it in its run of text, in the
 * next column, or under it in the lines below. Unlike the label rules, the word need not be a
 * field's label: any word meaning "number", "order", "signed" will do, so the values are only
 * candidates, to be weighed by the caller.
 */
export function valuesNearWords<T>(text: DocumentText, word: RegExp, parse: (raw: string) => T | null, options: NearbyOptions = {}): NearbyValue<T>[] {
  const found: NearbyValue<T>[] = [];
  text.lines.forEach((line, lineIndex) => {
    line.segments.forEach((segment, segmentIndex) => {
      const own = normaliseText(segment.text);
      const match = own.match(word);
      if (!match || match.index === undefined) return;
      // a word inside a sentence ("收货人请核对数量…后签字。") heads no column and labels nothing
      if (/[，。；！？]/u.test(own) || (/[.!?]$/u.test(own) && own.split(/\s+/u).length >= 4)) return;
      const wordContext = own.slice(0, match.index + match[0].length);
      if (options.notWith?.some((other) => other.test(wordContext))) return;
      const rest = own.slice(match.index + match[0].length).replace(leadIn, '');
      const after = rest ? parse(rest) : null;
      if (after !== null) return void found.push({ value: after, lineIndex, placement: 0, wordContext });
      const next = line.segments[segmentIndex + 1];
      const beside = next ? parse(normaliseText(next.text).replace(/^[\s:：#|]+/u, '')) : null;
      if (beside !== null) return void found.push({ value: beside, lineIndex, placement: 1, wordContext });
      for (let below = lineIndex + 1; below <= lineIndex + (options.linesBelow ?? 1) && below < text.lines.length; below += 1) {
        const under = (text.lines[below]?.segments ?? []).filter((candidate) => overlaps(candidate, segment)).map((candidate) => parse(normaliseText(candidate.text))).find((value) => value !== null);
        if (under !== undefined && under !== null) return void found.push({ value: under, lineIndex: below, placement: 2, wordContext });
      }
    });
  });
  return found;
}

/** What stands between a word and its value: marks, and a number word after the word ("Order No.:", 订单编号). */
const leadIn = /^(?:[\s:：#.°º)）\]|-]|n[°º]|no\.?(?=[\s:：#\d])|nr\.?|number\b|nummer\b|编号|单号|号码|号)+/iu;

/** Whether two runs of text share part of a column. */
export function overlaps(a: TextSegment, b: TextSegment): boolean {
  return a.x < b.right + 0.01 && b.x < a.right + 0.01;
}
