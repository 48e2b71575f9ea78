import { failedCheck, type Field } from './extracted-field';

/**
 * Another party's label inside a party's name ("Wingtip Industrial Ltd Buyer name Proseware Metals
 * Ltd", "杭州明德机电有限公司 购买方 上海华东贸易有限公司"): a row of two columns read as one run, the name
 * running on through the next column's label into its value. Which part is the name is not certain.
 */
const roleLabelInside = /\s(?:buyer|seller|supplier|customer|purchaser|vendor|consignee|recipient|receiver)(?:'?s)?\s*(?:name\b|:)|\s(?:bill|ship|sold|deliver(?:ed)?)\s*to\b|(?:购买方|销售方|买方|卖方|供方|需方|购货方|销货方|购货单位|销货单位|收货单位)/iu;

export function checkNameRunsOn(field: Field<string>): Field<string> {
  const name = field.value;
  if (name === null) return field;
  const inside = name.slice(1).match(roleLabelInside);
  return inside ? failedCheck(field, `the name "${name}" holds another party's label ("${inside[0].trim()}"): the row may have been read as one run into the next column`) : field;
}
