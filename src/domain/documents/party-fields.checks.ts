import type { DocumentType } from '../../contracts/documents.contract';
import type { DocumentText } from './document-text.model';
import { failedCheck, type Field } from './extracted-field';
import { normalisePartyName } from './party-name.normaliser';
import { checkTaxIdField } from './invoice-field.checks';
import { normaliseTaxId } from './tax-id.parser';
import { checkNotReadUnderOtherLabels } from './other-label.checks';

/**
 * Checks of the parties read from a document's text, whatever its layout: a Chinese
 * organisation's registered name ends with its form (有限公司, 厂, 中心 …) and holds no label of
 * another field; a Latin-script name has no stray marks, no words run together, no misread
 * legal form ("Lid"), no other field's label ("Ship to") and carries a legal form (Ltd, Inc, GmbH …)
 * — a heading or an address line taken for the name has none; a signer's name is a person's (two to four Chinese characters, or
 * capitalised words); the two parties
 * of one document are two (the same name or tax id twice means one was read from the other's
 * block); unified social credit codes pass their check character. A value that fails keeps what
 * was read for the manual-entry form and says why.
 */
const partyFields: Partial<Record<DocumentType, readonly [string, string]>> = {
  invoice: ['sellerName', 'buyerName'],
  contract: ['sellerName', 'buyerName'],
  'delivery-note': ['supplierName', 'receiverName'],
};
const taxIdFields: Partial<Record<DocumentType, readonly [string, string]>> = {
  invoice: ['sellerTaxId', 'buyerTaxId'],
  contract: ['sellerTaxId', 'buyerTaxId'],
};

const han = /\p{Script=Han}/u;
const organisationForm =
  /(?:公司|集团|厂|店|商行|经营部|合作社|中心|研究院|研究所|事务所|医院|大学|学院|学校|银行|分行|支行|合伙企业|[(（]有限合伙[)）]|[(（][\p{Script=Han}]{2,6}[)）])$/u;
/** A Chinese organisation's registered name ends with its form (有限公司, 厂, 中心 …). */
export function endsWithOrganisationForm(name: string): boolean {
  return organisationForm.test(name.trim());
}

const otherLabels = /名称|纳税人|识别号|信用代码|地址|电话|开户行|账号|日期|金额|编号|号码|签收|收货人|供货|合同/u;
const strayCharacters = /[^\p{Script=Han}\p{L}\p{N}()（）·&\s.,-]/u;

const legalFormWords = ['ltd', 'inc', 'llc', 'plc', 'gmbh', 'corp', 'limited', 'company', 'co'];
/** Legal forms a Latin-script company name carries (UK, US, DE, FR, NL, IT, …): one of them makes a name a company's. */
const companyFormWords = new Set([...legalFormWords, 'incorporated', 'corporation', 'llp', 'lp', 'ag', 'kg', 'ohg', 'se', 'sa', 'sas', 'sasu', 'sarl', 'eurl', 'bv', 'nv', 'spa', 'srl', 'pty', 'oy', 'ab', 'kk', 'gmbh&co']);
/**
 * Words that head another field or column, never a company's name: a name holding one was read
 * from a label ("Ship to", "Invoice date"), the value's own label missed.
 */
const latinLabelWords = /\b(?:(?:ship(?:ped)?|bill(?:ed)?|sold|deliver(?:ed|y)?|invoice[sd]?|remit|charge)\s+(?:to|by)|invoice\s*(?:no|number|date)|date|total|subtotal|vat|tax|address|signature|description|qty|quantity|page)\b/i;
const latinStray = /[|_~^<>{}[\]\\]/u;
/** "Baker &", "Institute of", "Smith, Jones and": a name (a comma after it aside) that ends where it joins to more was cut at a line's end or a column's edge. */
const endsMidName = /(?:[&+/-]|\b(?:and|of|for|the|und|et|en|de|du|der|van|von))$/iu;

/** "90 Station Road, Cardiff": a house number and a street, the line under a name taken for it. */
const startsWithHouseNumber = /^\d+[a-z]?\s+\p{L}/u;

/**
 * Legal forms that close a registered name: one of them followed by another capitalised word
 * ("Proseware Metals Ltd Wingtip Industrial Ltd", "Contoso Retail Ltd Company: …") is two names, or a
 * name and the next column's text, read as one. "GmbH & Co. KG" and "Ltd (UK branch)" stay one.
 */
const closingForms = /^(?:ltd|limited|plc|llc|llp|inc|gmbh|corp|ag|sa|sarl|sas|bv|nv|spa|srl|pty)\.?,?$/i;
function twoLatinNames(name: string): boolean {
  const words = name.split(/\s+/);
  const form = words.findIndex((word, index) => index > 0 && closingForms.test(word));
  if (form < 0) return false;
  const next = words.slice(form + 1).find((word) => !/^(?:&|co\.?|kg|ltd\.?|limited|plc|inc\.?)$/i.test(word));
  return next !== undefined && /^\p{Lu}/u.test(next);
}

/** A company form in the middle of a Chinese name with another registered name after it: two names read as one. */
const twoChineseNames = /(?:有限责任公司|股份有限公司|有限公司)\p{Script=Han}{2,}(?:有限责任公司|股份有限公司|有限公司)$/u;
/** "…有限公司杭州分公司": a branch is named after its company. */
const branchName = /(?:分公司|分厂|办事处|营业部|分行|支行|分店)$/u;

/** One edit (a letter changed, added or dropped) apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/**
 * A Latin-script organisation name: no stray marks, words not run together ("AdventureWorksLid"),
 * and a last word that is a legal form or clearly not one ("Lid" and "Ld" are "Ltd" misread).
 */
function checkLatinOrganisationName(field: Field<string>, name: string): Field<string> {
  if (endsMidName.test(name.replace(/[\s,.]+$/u, ''))) return failedCheck(field, `"${name}" ends with a word that joins it to more: the name was cut at a line's end or a column's edge`);
  if (latinStray.test(name)) return failedCheck(field, `the name "${name}" holds characters no registered name has`);
  // "c/o Harbour Freight Ltd": goods sent care of a carrier or warehouse, a third party's name, not the party's
  if (/^(?:c\s*\/\s*o|care\s+of)\b/i.test(name)) return failedCheck(field, `"${name}" is written care of a third party (a carrier, a warehouse), not the party's own name`);
  if (startsWithHouseNumber.test(name)) return failedCheck(field, `"${name}" reads as an address, not a name`);
  if (name.split(/\s+/).some((word) => (word.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2 || /\p{Ll}(?:Ltd|Inc|LLC|GmbH|Plc|Corp)\.?$/u.test(word))) {
    return failedCheck(field, `the words of "${name}" run together`);
  }
  const last = (name.split(/\s+/).at(-1) ?? '').replace(/[.,]/g, '').toLowerCase();
  if (last.length >= 2 && !legalFormWords.includes(last) && legalFormWords.some((form) => form.length >= 3 && oneEditApart(last, form))) {
    return failedCheck(field, `the legal form of "${name}" looks misread`);
  }
  if (twoLatinNames(name)) return failedCheck(field, `"${name}" reads as two names run together (a legal form, then another name): the next column may have been read with it`);
  if (latinLabelWords.test(name)) return failedCheck(field, `the name "${name}" holds another field's label`);
  // "Wang & Li": a partnership's name is its partners'
  if (!/\p{Lu}\p{L}*\s*&\s*\p{Lu}/u.test(name) && !name.split(/[\s,]+/).some((word) => companyFormWords.has(word.replace(/[.,()]/g, '').toLowerCase()))) {
    return failedCheck(field, `"${name}" carries no legal form (Ltd, Inc, GmbH …): it may not be the party's registered name`);
  }
  return field;
}

export function checkOrganisationName(field: Field<string>): Field<string> {
  const name = field.value?.trim();
  if (!name) return field;
  if (!han.test(name)) return checkLatinOrganisationName(field, name);
  if (otherLabels.test(name)) return failedCheck(field, `the name "${name}" holds another field's label`);
  if (strayCharacters.test(name)) return failedCheck(field, `the name "${name}" holds characters no registered name has`);
  if (!organisationForm.test(name)) return failedCheck(field, `a Chinese organisation's registered name ends with its form (有限公司, 厂, 中心 …), read "${name}"`);
  if (twoChineseNames.test(name.replace(/\s+/g, '')) && !branchName.test(name)) return failedCheck(field, `"${name}" reads as two registered names run together: the next column may have been read with it`);
  return field;
}

/** A signature block's labels (送货人, 签收人, 签收日期, 备注 …): read under the wrong header, never a person's name. */
const signatureBlockWords = /(?:送货|收货|签收|经手|验收|接收|发货|制单|审核|复核|开票|收款|负责)人$|日期|时间|备注|单位|签字|盖章|签名/u;

/** Words of a signature block's labels and headings ("Print name", "Date received", "Goods inwards"): never a person's name. */
const signatureLabelWords = /\b(?:sign(?:ed|ature)?|name|print(?:ed)?|date|received|receipt|deliver(?:y|ed)|goods|inwards|customer|consignee|receiver|driver|condition|stamp|capitals|title|position)\b/i;

/** Roles and departments ("Warehouse Manager", "Goods In", 仓管, 财务部): who signs in that role is not named by them. */
const latinRoleWords = /\b(?:manager|director|supervisor|foreman|storekeeper|store(?:s|man)?|warehouse|clerk|officer|agent|representative|staff|department|dept|team|reception|admin(?:istrator)?|logistics|purchasing|accounts|operator|inspector|controller|goods\s+in)\b/i;
const chineseRoleWords = /(?:经理|主管|主任|总监|仓管|库管|保管|仓库|库房|司机|财务|会计|出纳|部门|部$|员$|班组|车间|前台|办公室|门卫)/u;

export function checkSignerName(field: Field<string>): Field<string> {
  const name = field.value?.replace(/\s+/g, '');
  if (!name) return field;
  // a Latin-script signer: capitalised words of letters, nothing else, neither a company's name nor a label
  if (!han.test(name)) {
    const words = (field.value ?? '').trim().split(/\s+/);
    if (legalFormWords.includes((words.at(-1) ?? '').replace(/[.,]/g, '').toLowerCase())) return failedCheck(field, `"${field.value}" reads as a company's name, not a person's`);
    if (signatureLabelWords.test(field.value ?? '')) return failedCheck(field, `"${field.value}" reads as a signature block's label, not a person's name`);
    if (latinRoleWords.test(field.value ?? '')) return failedCheck(field, `"${field.value}" names a role or a department, not the person who signed`);
    if (words.every((word) => /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(word) || /^\p{Lu}\.$/u.test(word))) return field;
    return failedCheck(field, `a signer's name is capitalised words of letters, read "${field.value}"`);
  }
  if (!/^[\p{Script=Han}·]{2,4}$/u.test(name)) return failedCheck(field, `a signer's Chinese name has two to four characters, read "${field.value}"`);
  if (signatureBlockWords.test(name)) return failedCheck(field, `"${field.value}" reads as a signature block's label, not a person's name`);
  if (chineseRoleWords.test(name)) return failedCheck(field, `"${field.value}" names a role or a department, not the person who signed`);
  return field;
}

/**
 * The receiver who signed is not another person of the same note (the driver, whoever delivered
 * or issued it): a signer's name also read under such a person's label was taken from their
 * signature or line, and whose signature is the receiver's is not known, so it goes to manual entry.
 */
export function checkSignerIsNotAnotherPerson(field: Field<string>, text: DocumentText, otherPersonLabels: readonly RegExp[], parse: (raw: string) => string | null): Field<string> {
  const name = (value: string) => value.replace(/\s+/g, '').toLowerCase();
  return checkNotReadUnderOtherLabels(field, text, otherPersonLabels, parse, name, (line) => `"${field.value}" is also read as another person of the note (line ${line}: driver, deliverer or issuer), not the receiver`);
}

/** The same value for both parties: at least one was read from the other's lines. */
function distinct(fields: Record<string, Field<unknown>>, [a, b]: readonly [string, string], same: (x: string, y: string) => boolean): void {
  const [first, second] = [fields[a] as Field<string> | undefined, fields[b] as Field<string> | undefined];
  if (!first?.value || !second?.value || !same(first.value, second.value)) return;
  const reason = `${a} and ${b} read the same ("${first.value}")`;
  fields[a] = failedCheck(first, reason);
  fields[b] = failedCheck(second, reason);
}

/** A signer read as one of the parties' names: a company does not sign, a person for it does; the name was read from a party's line. */
function signerIsNoParty(fields: Record<string, Field<unknown>>, names: readonly [string, string]): void {
  const signer = fields['signedBy'] as Field<string>;
  const key = signer.value ? normalisePartyName(signer.value) : '';
  const party = names.find((name) => key !== '' && typeof fields[name]?.value === 'string' && normalisePartyName(fields[name]?.value as string) === key);
  if (party) fields['signedBy'] = failedCheck(signer, `the signer "${signer.value}" reads as ${party}, a party, not the person who signed for it`);
}

export function checkPartyFields<F extends Record<string, Field<unknown>>>(documentType: DocumentType, read: F): F {
  const fields: Record<string, Field<unknown>> = { ...read };
  const names = partyFields[documentType];
  const ids = taxIdFields[documentType];
  for (const name of names ?? []) if (fields[name]) fields[name] = checkOrganisationName(fields[name] as Field<string>);
  for (const id of ids ?? []) if (fields[id]) fields[id] = checkTaxIdField(fields[id] as Field<string>);
  if (fields['signedBy']) fields['signedBy'] = checkSignerName(fields['signedBy'] as Field<string>);
  if (names) distinct(fields, names, (x, y) => normalisePartyName(x) === normalisePartyName(y));
  if (names && fields['signedBy']) signerIsNoParty(fields, names);
  if (ids) distinct(fields, ids, (x, y) => normaliseTaxId(x) === normaliseTaxId(y));
  return fields as F;
}
