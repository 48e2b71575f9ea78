import { normaliseText } from './text.normaliser';

const legalForms = [
  'gmbh & co\\. kg', 'gmbh', 'ag', 'kg', 'ohg', 'e\\.k\\.', 'ug', 'se', 'b\\.v\\.', 'bv', 'n\\.v\\.', 'nv', 'vof',
  'sas', 'sasu', 'sarl', 's\\.a\\.r\\.l\\.', 'sa', 's\\.a\\.', 'eurl', 'inc\\.?', 'incorporated', 'llc', 'l\\.l\\.c\\.',
  'ltd\\.?', 'limited', 'plc', 'corp\\.?', 'corporation', 'co\\.?', 'company', 'spa', 's\\.p\\.a\\.', 'srl', 'oy', 'ab', 'as',
];
const legalFormSuffix = new RegExp(`(?:[\\s,]+(?:${legalForms.join('|')}))+$`, 'iu');
const chineseLegalForm = /(?:股份有限公司|有限责任公司|有限公司|集团|公司)$/u;

/**
 * A party's name reduced for comparison: case, punctuation, spacing and legal form do not
 * count ("Amazon Web Services, Inc." = "AMAZON WEB SERVICES"; "京东大药房(抚州)有限公司" = "京东大药房(抚州)").
 */
export function normalisePartyName(name: string): string {
  let text = normaliseText(name).toLowerCase();
  text = text.replace(legalFormSuffix, '').replace(chineseLegalForm, '');
  return text.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

export function samePartyName(a: string, b: string): boolean {
  return normalisePartyName(a) === normalisePartyName(b);
}
