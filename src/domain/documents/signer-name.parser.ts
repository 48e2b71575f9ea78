import { parseName } from './value.parsers';

/** A Chinese person's name: a surname and a given name, four characters at the most. */
const maximumChineseNameLength = 4;

/**
 * Where what follows a person's label stops being the name: the date label that often shares the
 * line, or another label written after the name (a driver's vehicle and phone: "司机：钱勇 车牌：浙A…").
 */
const dateLabelAfterName = /(?:签收|收货|验收)?(?:日期|时间)|车牌|电话|手机|联系|身份证|\b(?:date|datum|tel|phone|mobile|vehicle|reg(?:istration)?)\b/iu;

/** Words that say what a date dates (订单日期, 打印日期, 发货时间): before 日期 or 时间 they are the date's label, not a name. */
const whatIsDated = /(?:订单|订货|下单|采购|打印|制单|录入|填表|填写|申请|送货|发货|交货|出库|入库|到货|配送|发运|签订|生效|到期|开票|检验|审核)$/u;

/**
 * The name a person signed with, as read after its label: a Chinese name is the run of Chinese
 * characters it starts with (OCR reads the pen stroke under it as dots or marks), a Latin-script
 * name what parseName reads, without trailing marks. Null where no name stands (a blank line, a date).
 */
export function parseSignerName(raw: string): string | null {
  const cut = raw.search(dateLabelAfterName);
  // "订单日期: …" after a signer's label is the next column's date label, not a name cut before its date
  if (cut > 0 && whatIsDated.test(raw.slice(0, cut)) && /^(?:日期|时间)/u.test(raw.slice(cut))) return null;
  const text = (cut >= 0 ? raw.slice(0, cut) : raw).replace(/^[\s:：]+/u, '').trim();
  // Chinese characters closed by a colon are the rest of a longer label ("签收须知：…" holds 签收), not a name after it
  if (/^\p{Script=Han}{1,4}\s*[:：]/u.test(text)) return null;
  const chinese = text.match(/^[\p{Script=Han}·]+/u)?.[0];
  // a run longer than a name is prose after a label-like word ("收货人请核对数量"), not a signature
  if (chinese) return chinese.length >= 2 && chinese.replace(/·/g, '').length <= maximumChineseNameLength ? chinese : null;
  const name = parseName(text)?.replace(/[\s.,;:·。_~-]+$/u, '');
  return name && !/\d/.test(name) ? name : null;
}
