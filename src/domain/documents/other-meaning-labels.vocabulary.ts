import { accountNumberLabels } from './document-reference.checks';
import { otherDateLabels } from './date-labels.vocabulary';

/**
 * Labels of things a document prints in the form of a required field's value that are none of the
 * required fields: a number of the customer's account, of a record, of a framework agreement, of a
 * quotation or a waybill; an amount paid, deposited or charged for freight; a date of the order or
 * of printing; the carrier, an agent, a guarantor or a bank; the driver or the clerk who wrote the
 * document out. A value printed under one of them, and under none of its field's own labels, is
 * that other thing's. Matched against normalised text (NFKC, no spaces between CJK characters).
 */
export const otherMeaningLabels = {
  reference: [
    ...accountNumberLabels,
    /\b(?:record|file|register|registration|entry|voucher|batch|lot|case|ticket)\s*(?:no\.?|number|#|ref(?:erence)?\b)/i,
    /\b(?:framework|master|blanket|frame)\s*(?:agreement|contract|order)\s*(?:no\.?|number|#|ref(?:erence)?\b)?/i,
    /\b(?:quotation|quote|offer|tender|project|job)\s*(?:no\.?|number|#|ref(?:erence)?\b)/i,
    /\b(?:(?:air\s*)?waybill|awb|tracking|bill\s*of\s*lading|b\s*\/\s*l|container|seal)\s*(?:no\.?|number|#|id\b)?/i,
    /(?:记录|登记|档案|凭证|批次|批|备案|项目|招标|报价单?|运单|快递单|物流单|提单|箱|封条)(?:编号|号码|号)/u,
    /框架(?:协议|合同)(?:编号|号)?|(?:银行)?账号|账户|户号/u,
  ],
  amount: [
    /\b(?:deposit|advance|down\s*payment|prepayment|prepaid|amount\s*paid|paid\s*(?:to\s*date|amount)?|already\s*paid|credit(?:ed)?|retention)\b/i,
    /\b(?:freight|shipping|carriage|postage|delivery\s*charge|handling|insurance|discount|rebate|surcharge)\b/i,
    /已付(?:金额|款)?|预付(?:款|金额)?|定金|订金|押金|保证金|质保金|运费|运杂费|保险费|折扣|优惠|返利/u,
  ],
  date: [
    ...otherDateLabels,
    /\b(?:printed|prepared|created|recorded|entered)\s*(?:on|at|date)\b|\bdate\s*of\s*(?:record|entry|printing|preparation)\b/i,
    /\b(?:valid|good)\s*(?:until|till|thru|through|to)\b/i,
    /制单|录入|打印|有效期至|截止/u,
  ],
  company: [
    /^(?:carrier|haulier|hauler|forwarder|freight\s*forwarder|forwarding\s*agent|shipping\s*agent|agent|broker|guarantor|surety|insurer|underwriter|bank|beneficiary\s*bank|notify\s*party|manufacturer|logistics\s*provider)\b/i,
    /^(?:承运(?:人|单位|商|方)|物流(?:公司|单位|商)|代理(?:人|单位|商|方)|货代|担保(?:人|方|单位)|保证人|保险(?:公司|人)|开户(?:银行|行)|收款银行|生产(?:厂家|商|单位)|制造商)/u,
  ],
} as const;
