/**
 * Amounts in Chinese capital numerals (大写金额, "壹拾贰万叁仟肆佰伍拾陆元柒角捌分"), as contracts,
 * cheques and VAT invoices print them beside the figures so that neither can be altered alone.
 * Traditional forms (貳, 參, 陸, 萬, 億, 圓) are read too: OCR and older templates use them.
 */
const digitValues: Record<string, number> = {
  零: 0, 〇: 0, 壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 叄: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const smallUnits: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
const capitalDigits = '零壹贰叁肆伍陆柒捌玖';

/** The amount a run of capital numerals stands for, to the cent; null when it is not a well-formed amount. */
export function parseCapitalAmount(raw: string): number | null {
  const text = raw.replace(/\s+/g, '');
  let cents = 0;
  let section = 0;
  let digit: number | null = null;
  let integer: number | null = null;
  let seenDigit = false;
  for (const char of text) {
    if (char in digitValues) {
      // two digits in a row without a unit between them is no amount ("壹贰")
      if (digit !== null && digit !== 0 && digitValues[char] !== 0) return null;
      digit = digitValues[char] as number;
      seenDigit = true;
    } else if (char in smallUnits) {
      if (integer !== null) return null;
      // "拾" alone at the start is ten
      section += (digit ?? (section === 0 && cents === 0 ? 1 : NaN)) * (smallUnits[char] as number);
      if (Number.isNaN(section)) return null;
      digit = null;
    } else if (char === '万' || char === '萬') {
      if (integer !== null) return null;
      cents += (section + (digit ?? 0)) * 1e4 * 100;
      section = 0;
      digit = null;
    } else if (char === '亿' || char === '億') {
      if (integer !== null) return null;
      cents = (cents + (section + (digit ?? 0)) * 100) * 1e8;
      section = 0;
      digit = null;
    } else if (char === '元' || char === '圆' || char === '圓') {
      if (integer !== null) return null;
      integer = cents + (section + (digit ?? 0)) * 100;
      cents = 0;
      section = 0;
      digit = null;
    } else if (char === '角' || char === '分') {
      if (integer === null || digit === null) return null;
      cents += digit * (char === '角' ? 10 : 1);
      digit = null;
    } else if (char === '整' || char === '正') {
      break;
    } else {
      return null;
    }
  }
  if (!seenDigit || integer === null || digit !== null && digit !== 0) return null;
  return Math.round(integer + cents) / 100;
}

/** An amount written in capitals, as a bank or a contract writes it ("壹拾贰万叁仟肆佰伍拾陆元柒角捌分", "伍佰元整"). */
export function toCapitalAmount(amount: number): string {
  const totalCents = Math.round(amount * 100);
  if (totalCents < 0) throw new Error('an amount in capitals is not negative');
  const yuan = Math.floor(totalCents / 100);
  const jiao = Math.floor((totalCents % 100) / 10);
  const fen = totalCents % 10;
  let out = yuan === 0 ? '零元' : `${integerInCapitals(yuan)}元`;
  if (jiao === 0 && fen === 0) return `${out}整`;
  if (jiao > 0) out += `${capitalDigits[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (fen > 0) out += `${capitalDigits[fen]}分`;
  return out;
}

function integerInCapitals(value: number): string {
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1e4)) groups.push(rest % 1e4);
  const groupUnits = ['', '万', '亿', '万亿'];
  let out = '';
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g -= 1) {
    const group = groups[g] as number;
    if (group === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (out && (zeroPending || group < 1000)) out += '零';
    out += groupInCapitals(group) + groupUnits[g];
    zeroPending = false;
  }
  return out;
}

function groupInCapitals(group: number): string {
  const units = ['仟', '佰', '拾', ''];
  const digits = String(group).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i += 1) {
    const d = Number(digits[i]);
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    out += `${capitalDigits[d]}${units[i]}`;
    zero = false;
  }
  return out;
}
