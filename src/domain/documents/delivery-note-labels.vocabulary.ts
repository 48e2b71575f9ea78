/**
 * Labels of delivery-note fields (EN/DE/FR/NL/ZH), most specific first. British notes say
 * "despatch": the number as "Despatch No." (or the consignment's, the goods-received note's),
 * the customer's order as "Your ref." or "Customer order no.", the date as "Despatched" or
 * "Date despatched", and the receipt is "Signed" with a "Print name". A delivery note names
 * the same field many ways: the receiver as 收货单位, 客户名称, 购货单位 or "Customer"; the person
 * who signed for the goods as 签收人, 收货人(签字), 经手人 or "Received by" (a bare 收货人 only where none of
 * those stands); the order as 订单号,
 * 合同号, 采购单号 or "PO No." Matched against normalised text (NFKC, no spaces between CJK characters).
 */
export const deliveryNoteLabels = {
  deliveryNoteNumber: [
    /\bdelivery\s*note\s*(?:no\.?|number|#)/i, /\b(?:dispatch|packing)\s*(?:note|slip|list)\s*(?:no\.?|number|#)/i,
    /\b(?:despatch|dispatch|consignment|advice|delivery\s*docket|shipment|docket|pod|proof\s*of\s*delivery)\s*(?:note\s*)?(?:no\.?|number|#|id\b)/i, /\b(?:goods\s*received\s*note|grn)\s*(?:no\.?|number|#)/i, /\blieferschein\s*-?\s*(?:nr\.?|nummer)/i,
    /\bbon\s*de\s*livraison\s*(?:n°|no)/i, /\bpakbon\s*(?:nr\.?|nummer)/i, /(?:送货|发货|出库|交货|配送|发运|签收|交接)单\s*(?:号|编号)|(?:发货|送货)通知单\s*(?:号|编号)/u, /^(?:单据?\s*(?:号|编号)|编号)/u,
    // an ERP's outbound delivery ("Outbound delivery 80012345", "Delivery No.", "Delivery: DN-…"): a delivery's number, its date's label aside
    /\boutbound\s*delivery(?:\s*(?:no\.?|number|#))?(?!\s*date)/i, /^delivery\s*(?:no\.?|number|#|id)(?=\s*[:：]?\s*[A-Z0-9]|\s*[:：]?\s*$)/i, /^delivery(?=\s*[:：]?\s*$)/i,
    // a bare "No." opening its segment ("NO. SH2025…" beside the title, as on invoices): last, after every named label
    /^no\.(?=\s*[A-Z0-9])/i,
  ],
  orderReference: [
    /\b(?:purchase\s*)?order\s*(?:no\.?|number|ref(?:erence)?|#)/i, /\bp\.?\s*o\.?\s*(?:no\.?|number|#)/i, /\bcontract\s*(?:no\.?|number|#)/i,
    /\bcust(?:omer|\.)?\s*(?:order|p\.?\s*o\.?)\s*(?:no\.?|number|#|ref(?:erence)?)?/i, /\byour\s*(?:order\s*)?(?:ref(?:erence)?|order|p\.?\s*o\.?)(?![\p{L}])\.?(?:\s*(?:no\.?|number))?/iu,
    /\bbestell(?:ung|nummer|-?nr\.?)/i, /\bcommande\s*(?:n°|no)?/i, /采购订单号?|采购单号|客户\s*PO\s*号?|订单(?:号|编号)|合同(?:号|编号)/u,
    // UBL's and ERPs' "Buyer's order", "Customer reference"
    /\bbuyer'?s\s*order(?:\s*(?:no\.?|number|ref(?:erence)?))?/i, /\bcustomer\s*ref(?:erence)?\b\.?/i,
  ],
  deliveryDate: [
    /\bdelivery\s*date\b/i, /\bdate\s*of\s*delivery\b/i, /\b(?:shipped|delivered)\s*on\b/i, /\b(?:despatch|dispatch|shipping|ship)\s*date\b/i,
    /\bdate\s*(?:of\s*)?(?:despatch|dispatch|shipment|despatched|dispatched|shipped)\b/i, /^(?:despatched|dispatched|shipped|delivered)(?:\s*(?:on|date))?\b(?!\s*(?:to|by|at)\b)/i, /\bdate\s*delivered\b/i, /\blieferdatum\b/i,
    /\bdate\s*de\s*livraison\b/i, /\bleverdatum\b/i, /(?:送货|发货|交货|出库|到货|配送|发运|交付|送达)日期/u,
    // last: a label OCR read only as far as "Despat…" ("DespatehEg"), where a date and no number stands after it
    /^d[ie]sp[ae]t\p{L}*/iu,
  ],
  supplierName: [/^(?:supplier|shipper|vendor|seller|lieferant|absender|fournisseur|expéditeur|leverancier)\b/i, /(?:供货|发货|送货)单位|^(?:供应商|供方|卖方|销售方)/u],
  receiverName: [
    /^(?:receiver|recipient)\b(?!'?s?\s*signature)/i, /^(?:consignee|ship\s*to|deliver(?:ed)?\s*to|customer|buyer|empfänger|warenempfänger|destinataire|ontvanger)\b(?!\s*(?:signature|order|ref|no\b|number|p\.?\s*o\b|account|id\b))/i,
    /收货单位|^(?:收货方|收货客户|客户名称|购货单位|购买方|需方|买方|收方单位|收方名称|收方(?=\s*[:：])|到货单位|客户单位)|^客户(?![签确]|\s*(?:PO|编号|代码|编码|订单|号))/u,
    // an ERP's partner roles: the goods go to the ship-to party (the sold-to party may be a parent that pays)
    /^(?:ship|deliver)\s*-\s*to(?:\s*party)?\b/i,
    // 货 as OCR often misreads it (贷), in the labels that can only be a receiver's
    /^(?:收贷单位|收贷方|购贷单位)/u,
  ],
  signedBy: [
    /\b(?:received|signed|accepted)\s*(?:in\s*good\s*(?:order|condition)\s*)?by\b/i,
    // as OCR often reads it, a letter dropped or changed and the words run together ("Recevedby", "Recieved bv")
    /\bre[c¢](?:e[il1!]?|[il1!]e)v[ec]d\s*b[yvr]\b/i,
    // the name printed beside a signature reads better than the handwriting: before the bare "Signature"
    /\bprint(?:ed)?\s*name\b|\bname\s*\(?\s*(?:in\s*)?(?:print|block\s*capitals|capitals)\b\s*\)?/i,
    /\b(?:receiver|recipient|consignee|customer)'?s?\s*signature\b/i, /\bsignature\s*of\s*(?:the\s*)?(?:receiver|recipient|consignee|customer)\b/i, /\bsignature\b/i, /\b(?:empfangen\s*von|unterschrift)\b/i, /\breçu\s*par\b/i,
    /^signed\b(?!\s*(?:for|on)\b)/i,
    /签收人|收货人[签答等]?[字名章]|(?:收方|客户)签收|收货人\s*[(（][^)）]{0,4}[)）]|经手人|验收人|接收人|签收(?!日期|时间|单)/u,
    // a bare 收货人 last: it also opens sentences addressed to the receiver ("收货人请核对数量…")
    /收货人(?!地址|电话|联系)/u,
  ],
  /** the seller's own order ("Sales order no.", 销售订单号): an order label inside it is not the buyer's order reference */
  salesOrder: [/\bsales\s*order\b/i, /销售订单/u],
  /** a carrier's waybill or tracking number (运单号, 快递单号): the consignment's, never the note's own number */
  carrierReferences: [/\b(?:air\s*)?waybill\s*(?:no\.?|number|#)?|\b(?:awb|tracking)\s*(?:no\.?|number|#|id)/i, /运单(?:号|编号)|快递单号|物流单号|提单号/u],
  /** people of the note who are not its receiver: the driver, the carrier, who delivered, issued or checked it (送货人, 司机, 制单) */
  otherPersons: [
    /\b(?:driver|carrier|haulier|courier)(?:'?s)?(?:\s*(?:name|signature|sign(?:ed)?))?(?![\p{L}])/iu, /\b(?:delivered|despatched|dispatched|issued|prepared|packed|loaded)\s*by\b/i,
    /送货人|发货人|司机|承运人|制单人?|审核人?|开票人|复核人?|配送员|送货员|快递员|押运员/u,
  ],
  signatureDate: [
    /\b(?:date\s*of\s*receipt|date\s*received|received\s*on|signed\s*on|receipt\s*date|date\s*signed|signed\s*at|signature\s*date|date\s*of\s*signature)\b/i, /\b(?:empfangen\s*am|erhalten\s*am)\b/i, /\breçu\s*le\b/i,
    /(?:签收|收货|验收|接收|签字|收到)(?:日期|时间)/u,
  ],
};

/** A date label with no field named: on the signer's own line, it dates the signature ("签收人: 李明   日期: …"). */
export const bareDateLabel = /(?<!送货|发货|交货|出库|到货|开票|签订)(?:日期|时间)|\bdate\b(?!\s*(?:of\s*)?(?:delivery|dispatch|despatch|shipment|issue|despatched|dispatched|shipped))/iu;
