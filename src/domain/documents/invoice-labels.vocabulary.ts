/**
 * Labels of invoice fields in English, German, French, Dutch and Chinese, most specific first.
 * They are matched against normalised text (NFKC, no spaces between CJK characters).
 */
export const invoiceLabels = {
  invoiceNumber: [
    /\binvoice\s*(?:number|no\.?|nr\.?|#|ref(?:erence)?\b)/i, /\b(?:document|bill)\s*(?:number|no\.?)(?=\s*[:#]?\s*[A-Z0-9])/i, /\brechnungs?\s*-?\s*(?:nummer|nr\.?)/i, /\bfactures?\s*(?:n°|nº|no\.?|numéro)/i,
    /\bfactuur\s*(?:nummer|nr\.?)/i, /\bnuméro de facture/i, /票号码/u, /(?:单据|发票|销售单|销货单)(?:编号|号码|号)/u, /票据(?:编号|号码|号)/u,
    // SAP's and Indian GST print-outs: "Billing Document 90001234", "Inv. No.", "Serial No. of Invoice"
    /\binv\.?\s*(?:no\.?|#|number)(?=\s*[:#]?\s*[A-Z0-9])/i, /\bbilling\s*doc(?:ument)?\.?(?:\s*(?:no\.?|number))?(?=\s*[:#]?\s*[A-Z0-9])/i, /\bserial\s*no\.?\s*of\s*(?:the\s*)?invoice\b/i, /(?<![\w-])nr\.(?=\s*[A-Z0-9])/i,
    /^(?:tax\s*|commercial\s*)?invoice\b/i, /^(?:handels)?rechnung\b/i, /^facture\b/i, /^factuur$/i,
    // a bare "No." opening its segment ("No. INV-2025-001" under the title): last, after every named label
    /^no\.(?=\s*[A-Z0-9])/i,
  ],
  invoiceCode: [/票代码/u],
  checkCode: [/校验码/u],
  // 开票日期 as OCR often reads it: 日 taken for 月 or 目
  issueDate: [
    /\binvoice\s*date\b/i, /\bdate\s*of\s*(?:issue|invoice)\b/i, /\binvoice\s*issue\s*date\b/i, /\bissue\s*date\b/i, /\binv\.?\s*(?:date|dt\.?)(?![a-z])/i, /\bbill\s*date\b/i, /\brechnungsdatum\b/i, /\bfactuur\s*datum\b/i,
    /\bfactuurdatum\b/i, /\bdate\s*de\s*(?:facturation|facture)\b/i, /票日期/u, /开票[日月目]期/u, /(?:单据|销售|销货)日期/u, /\bfactures?\s*n°\s*\S+\s+du\b/i,
    /\bnr\.\s*\S+\s+vom\b/i, /^issued(?:\s*(?:on|date))?\b/i, /\b(?:billing|document)\s*date\b/i, /\bdate\s*(?:of\s*)?issued?\b/i, /\btax\s*point(?:\s*date)?\b/i, /\btax\s*date\b/i, /\b(?:rechnungs|belegs?)?datum\b/i, /^date\b/i, /\bdate\s*:/i,
  ],
  dueDate: [
    /\bdue\s*date\b/i, /\bpayment\s*due\b/i, /\bdue\s*(?:on|by)\b/i, /\bpay\s*by\b/i, /\bdate\s*limite\s*de\s*paiement\b/i, /\béchéance\b/i,
    /\bfälligkeit(?:sdatum)?\b/i, /\bfällig\s*am\b/i, /\bzahlbar\s*bis\b/i, /\bzahlungsziel\b/i, /\bvervaldatum\b/i, /到期日/u, /付款(?:期限|到期日|截止日期?)|最迟付款日|收款到期日/u,
  ],
  totalAmount: [
    /\btotal\s*for\s*this\s*invoice\b/i, /\btotal\s*amount\s*due\b/i, /\bamount\s*due\b/i, /\b(?:amount|total|balance)\s*(?:now\s*)?payable\b/i, /\bbalance\s*due\b/i, /\binvoice\s*total\b/i, /\btotal\s*(?:incl\.?|including)\s*(?:vat|tax)\b/i, /\btotal\s*ttc\b/i, /\bmontant\s*(?:eur\s*)?ttc\b/i,
    /\bbruttosumme\b/i, /\brechnungsbetrag\b/i, /\bgesamtbetrag\b(?!\s*der)/i, /\bfactuur\s*totaal\b/i, /\btotaal\b/i, /\(小写\)/u,
    /价税合计/u, /含税(?:金额)?合计|应收金额|应付金额/u, /\btotal\s*(?:eur|usd|cny|gbp|chf)\b/i, /\bgrand\s*total\b/i, /(?<!(?:sub|net|goods|nett?o)\s*-?\s*)\btotal\b(?!\s*(?:ht|net|hors|excl|before|ex\b|vat\b|tax\b))/i,
  ],
  netAmount: [
    /\bsub\s*-?\s*total\b/i, /\bnet\s*(?:total|value|goods)\b/i,
    // EN 16931 BT-109 "Invoice total amount without VAT", "Amount before tax", "Total excl. GST"
    /\b(?:total\s*)?amount\s*(?:without|excl(?:uding)?\.?|ex\.?|before)\s*(?:vat|tax|gst)\b/i, /\btotal\s*without\s*(?:vat|tax|gst)\b/i, /\bgoods\s*(?:value|total)\b/i, /\btotal\s*(?:before|ex\.?|excluding)\s*(?:vat|tax|gst)\b/i, /\btotal\s*(?:ht|net|excl\.?(?:\s*vat)?)\b/i, /\bmontant\s*(?:eur\s*)?ht\b/i, /\bnet\s*amount\b/i,
    /\brechnungssumme\s*ohne\s*ust\b/i, /\bnettobetrag\b/i, /\bsumme\s*netto\b/i, /\bgrondslag\b/i, /\btotaal\s*excl/i, /金额合计|合计金额|不含税(?:金额)?(?:合计)?|货款合计|未税金额(?:合计)?|销售额合计/u,
    // "Taxable value" (Indian GST), "VAT category taxable amount" (EN 16931 BT-116): last, a breakdown's line
    /\btaxable\s*(?:amount|value)\b/i,
  ],
  taxAmount: [
    /\bsteuerbetrag\b/i, /\bbtw\s*bedrag\b/i, /\bmontant\s*tva\b/i, /\btax\s*amount\b/i, /\b(?:vat|gst|sales\s*tax)\s*amount\b/i, /\btotal\s*(?:tax|vat|gst)\b/i,
    // North American "Sales Tax (8.25%)", "GST/HST": the rate in brackets is no amount (parseLastAmount wants cents)
    /\bsales\s*tax\b(?!\s*(?:id|no|number|reg|rate|exempt|permit))/i, /\b(?:gst\s*\/\s*hst|hst)\b(?!\s*(?:id|no|number|reg|#))/i, /税额合计|合计税额|税金合计/u,
  ],
  /** bare tax words are column headers too ("Ohne MwSt."), so their value must stand on the same line */
  taxAmountInline: [
    /(?<!(?:ohne|excl|exkl|hors|without|zonder|incl|inkl|inclusief)\.?\s*)\b(?:tva|vat|mwst\.?|ust\.?|tax)\b(?![-.\s]*(?:id|nr|no|number|reg|intra|%|\(|rate|payée))/i,
  ],
  sellerBlock: [/^(?:verkäufer|seller|supplier|vendor|lieferant|fournisseur|leverancier|service\s*provider)\b/i, /^(?:销售方|销方|销售单位|销货单位|开票单位)/u],
  buyerBlock: [/^(?:käufer|buyer|bill\s*to|invoice\s*to|customer|kunde|rechnungsempfänger|client|factuuradres)\b/i, /^(?:购买方|购方|购货单位|购买单位|客户名称)/u],
  // "Seller name" / "Buyer name" (EN 16931 BT-27, BT-44), "Customer name", "Supplier's name"
  name: [/^(?:(?:company|business|legal|registered|trading|seller|buyer|supplier|vendor|customer|client|purchaser)'?s?\s*)?name\b/i, /\bcompany(?:\s*name)?(?=\s*[:：])/i, /名称|(?<!\p{L})称\s*:/u, /^firma\b/i, /^raison\s*sociale\b/i],
  taxId: [
    /\bust\.?\s*-?\s*[il1]d\.?\s*-?\s*nr\.?/i, /\bust[il1]d(?:nr)?\b/i, /\bsteuer\s*-?\s*(?:nummer|nr\.?)/i, /\bvat\s*(?:reg(?:istration)?\.?\s*)?(?:id|no\.?|number)\b/i,
    // EN 16931 "Seller VAT identifier" (BT-31), "VAT identification number"; GST/HST, GSTIN, ABN, TIN, TRN registrations
    /\bvat\s*ident(?:ifier|ification)(?:\s*(?:no\.?|number))?/i, /\b(?:tax|vat)\s*(?:identification|registration|reg\.?)\s*(?:no\.?|number|#)/i,
    /\b(?:gst|hst|gst\s*\/\s*hst)\s*(?:reg(?:istration|\.)?\s*)?(?:no\.?|number|#|id)(?![a-z])/i, /\bgstin(?:\s*\/\s*uin)?\b/i, /\b(?:ABN|TIN|TRN|EIN)\b(?=\s*[:：#]?\s*[A-Z0-9])/,
    /\btva\s*intra(?:communautaire)?\b/i, /\bn°\s*de\s*tva\b/i, /\bbtw\s*-?\s*(?:nr\.?|nummer|id)/i, /\btax\s*id\b/i, /纳税人识别号/u,
    /统一社会信用代码/u, /税号/u, /税务登记(?:证)?号|纳税(?:人)?(?:识别|登记)号/u,
    // a bare "VAT:" before a VAT id (country code and digits; "VAT: 1,234.00" is the tax amount)
    /^vat\s*[:：](?=\s*[A-Z]{2}\s?\d)/i,
  ],
  buyerOwnTaxId: [/\b(?:uw|your|votre|ihre)\s+(?:btw|vat|tva|ust)/i, /\b(?:customer|client|buyer|purchaser)'?s?\s*(?:vat|tax)\b/i],
} as const;

/**
 * What only a Chinese VAT invoice prints: its code or number labels, or its kind in the title
 * (增值税专用发票, 增值税普通发票, 增值税电子普通发票); a bare 增值税 is any Chinese invoice's tax line ("VAT 13% 增值税"), and a kind
 * written as a field's value ("发票类型：增值税普通发票" on an ERP's sales invoice) names the VAT invoice to be issued, not this paper.
 */
export const chineseVatInvoiceMarker = /发票代码|发票号码|(?<!(?:发票|票据)?(?:类型|种类|票种)\s*[:：]?\s*)增值税(?=[专普电发])/u;
