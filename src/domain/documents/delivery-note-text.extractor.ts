import { DeliveryNoteFields } from '../../contracts/documents.contract';
import { prefersMonthFirst } from './date.parser';
import { DocumentText, lineText } from './document-text.model';
import { fromFound } from './extracted-field';
import { findLabelled } from './labelled-value.finder';
import { normaliseText } from './text.normaliser';
import { dateParser, parseDocumentNumber, parseName } from './value.parsers';

/** Labels of delivery-note fields (EN/DE/FR/NL/ZH), most specific first. */
export const deliveryNoteLabels = {
  deliveryNoteNumber: [/\bdelivery\s*note\s*(?:no\.?|number|#)/i, /\blieferschein\s*-?\s*(?:nr\.?|nummer)/i, /\bbon\s*de\s*livraison\s*(?:n°|no)/i, /\bpakbon\s*(?:nr\.?|nummer)/i, /(?:送货|发货|出库)单号/u],
  orderReference: [/\b(?:purchase\s*)?order\s*(?:no\.?|number|ref(?:erence)?)/i, /\bbestell(?:ung|nummer|-?nr\.?)/i, /\bcommande\s*(?:n°|no)?/i, /订单号|合同号/u],
  deliveryDate: [/\bdelivery\s*date\b/i, /\bdate\s*of\s*delivery\b/i, /\bshipped\s*on\b/i, /\blieferdatum\b/i, /\bdate\s*de\s*livraison\b/i, /\bleverdatum\b/i, /(?:送货|发货|交货)日期/u],
  supplierName: [/^(?:supplier|shipper|vendor|lieferant|absender|fournisseur|expéditeur|leverancier)\b/i, /(?:供货|发货)单位/u],
  receiverName: [/^(?:receiver|recipient|consignee|ship\s*to|deliver\s*to|empfänger|warenempfänger|destinataire|ontvanger)\b/i, /收货单位/u],
  signedBy: [/\b(?:received\s*by|signed\s*by|signature)\b/i, /\b(?:empfangen\s*von|unterschrift)\b/i, /\breçu\s*par\b/i, /签收人|收货人签字/u],
  signatureDate: [/\b(?:date\s*of\s*receipt|received\s*on|signed\s*on|receipt\s*date)\b/i, /\b(?:empfangen\s*am|erhalten\s*am)\b/i, /\breçu\s*le\b/i, /签收日期|收货日期/u],
};

/** Reads a delivery note's fields from its text (text layer or OCR), each with a confidence. */
export function extractDeliveryNoteFromText(text: DocumentText): DeliveryNoteFields {
  const all = normaliseText(text.lines.map((line) => lineText(line)).join('\n'));
  const parseDate = dateParser(prefersMonthFirst(all));
  const labelled = <T>(labels: RegExp[], parse: (raw: string) => T | null, linesBelow = 1) => fromFound(text, findLabelled(text, labels, parse, { linesBelow }));
  return {
    deliveryNoteNumber: labelled(deliveryNoteLabels.deliveryNoteNumber, parseDocumentNumber),
    orderReference: labelled(deliveryNoteLabels.orderReference, parseDocumentNumber),
    deliveryDate: labelled(deliveryNoteLabels.deliveryDate, parseDate),
    supplierName: labelled(deliveryNoteLabels.supplierName, parseName),
    receiverName: labelled(deliveryNoteLabels.receiverName, parseName),
    signedBy: labelled(deliveryNoteLabels.signedBy, (raw) => parseName(raw.replace(/\s*(?:date|datum|日期).*$/iu, '')), 0),
    signatureDate: labelled(deliveryNoteLabels.signatureDate, parseDate),
  };
}
