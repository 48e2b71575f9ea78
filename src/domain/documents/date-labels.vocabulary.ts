/**
 * Labels of the dates a document prints besides the ones read from it: when the order was placed,
 * when the page was printed, when the goods are expected, when something starts or ends. A bare
 * "Date:" or 日期 found inside one of them ("Order date:", 订单日期) is that date, not the one sought.
 * Matched against normalised text (NFKC, no spaces between CJK characters).
 */
export const otherDateLabels = [
  /\b(?:order(?:ed)?|purchase\s*order|p\.?\s*o\.?|print(?:ed)?|posting|booking|value|quotation|quote|expected|estimated|planned|requested|arrival|collection|pick\s*-?\s*up|expiry|commencement|start|end|birth)\s*(?:delivery\s*|arrival\s*)?date\b/i,
  /\bdate\s*(?:of\s*)?(?:order|printing|arrival|expiry|birth)\b/i,
  /(?:订单|订货|下单|采购|打印|制单|预计到货|预计送达|到期|生效|起始|终止|报价)日期/u,
];
