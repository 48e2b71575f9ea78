import { findAmounts } from './amount.parser';
import { DocumentText, TextLine, TextSegment } from './document-text.model';
import { normaliseText } from './text.normaliser';

/**
 * A line item of a financial statement as printed: the label, then the amounts of the columns to
 * its right (current period first, then the prior one: 期末余额 | 上年年末余额, 本期金额 | 上期金额),
 * up to the next item's label (balance sheets print assets and liabilities side by side). Columns
 * headed 行次 (row number) or 附注 (note), and other text between, are not amounts. A dash is a
 * printed zero.
 */
export interface StatementRow {
  current: number | null;
  prior: number | null;
  lineIndex: number;
  /** How typical the reading is, times the line's own reading confidence. */
  confidence: number;
}

const nonAmountHeader = /^(?:行次|行号|附注|注释)$/u;
const dash = /^[-—–－]+$/u;
const hasCjk = /[\u4e00-\u9fff]/u;

/** Horizontal spans of the columns that hold row numbers or note references. */
function nonAmountColumns(text: DocumentText): TextSegment[] {
  return text.lines.flatMap((line) => line.segments.filter((segment) => nonAmountHeader.test(normaliseText(segment.text).replace(/\s/g, ''))));
}

const overlaps = (a: TextSegment, b: TextSegment) => a.x < b.right && b.x < a.right;

/**
 * The amounts right of a label. Where some are printed as money (two decimals or thousands
 * separators), bare integers among them are row numbers an OCR run joined to the label, not amounts.
 */
function amountsRightOf(line: TextLine, segmentIndex: number, rest: string, skip: TextSegment[], nextLabel: RegExp): number[] {
  const values: Array<{ value: number; money: boolean }> = [];
  const take = (raw: string) => {
    const cell = raw.trim();
    if (dash.test(cell)) values.push({ value: 0, money: true });
    else for (const amount of findAmounts(cell)) values.push({ value: amount.value, money: amount.decimals === 2 || /\d[,，]\d{3}/.test(amount.raw) });
  };
  take(rest.replace(/^[\s:：]+/, ''));
  for (const segment of line.segments.slice(segmentIndex + 1)) {
    const cell = normaliseText(segment.text);
    if (nextLabel.test(cell)) break; // the next item (balance sheets print two side by side)
    if (hasCjk.test(cell) || skip.some((column) => overlaps(column, segment))) continue; // a note, or a row number OCR made into characters
    take(cell);
  }
  const printedAsMoney = values.some((v) => v.money);
  return values.filter((v) => !printedAsMoney || v.money).map((v) => v.value);
}

/** The first row whose label matches, read to the right of the label up to a segment that matches `nextLabel`. */
export function readStatementRow(text: DocumentText, label: RegExp, nextLabel: RegExp, multiplier = 1): StatementRow | null {
  const skip = nonAmountColumns(text);
  for (let lineIndex = 0; lineIndex < text.lines.length; lineIndex += 1) {
    const line = text.lines[lineIndex] as TextLine;
    for (let segmentIndex = 0; segmentIndex < line.segments.length; segmentIndex += 1) {
      const normalised = normaliseText((line.segments[segmentIndex] as TextSegment).text);
      const match = label.exec(normalised);
      if (!match) continue;
      // the label's own text may carry a note in brackets: "营业利润（亏损以“－”号填列）"
      const rest = normalised.slice(match.index + match[0].length).replace(/^[（(][^）)]*[）)]/u, '');
      if (hasCjk.test(rest.replace(/[（(][^）)]*[）)]/gu, ''))) continue; // a longer label that only contains this one
      const [current = null, prior = null] = amountsRightOf(line, segmentIndex, rest, skip, nextLabel) as Array<number | null>;
      if (current === null) continue;
      return { current: current * multiplier, prior: prior === null ? null : prior * multiplier, lineIndex, confidence: 0.95 * line.confidence };
    }
  }
  return null;
}

/** The statements' unit (单位：元 / 千元 / 万元) as a multiplier to yuan; 1 when none is printed. */
export function statementUnit(text: DocumentText): number {
  for (const line of text.lines) {
    const match = /单位[:：]?\s*(?:人民币)?\s*(万元|千元|元)/u.exec(normaliseText(line.segments.map((s) => s.text).join(' ')));
    if (match) return match[1] === '万元' ? 10_000 : match[1] === '千元' ? 1_000 : 1;
  }
  return 1;
}
