import { InvoiceFields } from '../../contracts/documents.contract';
import { normalisePartyName } from '../../domain/documents/party-name.normaliser';
import { normaliseTaxId } from '../../domain/documents/tax-id.parser';
import { normaliseText } from '../../domain/documents/text.normaliser';
import { EvaluatedField, ExpectedValue } from './expected-fields.loader';

/**
 * Exact match after sensible normalisation: identifiers without spaces and case, party names
 * without case, punctuation and legal form ("Free SAS" = "Free"), tax ids without spaces and
 * dots, dates as ISO, amounts as numbers to the cent. An expected null must be read as null.
 */
export function extractedValue(fields: InvoiceFields, field: EvaluatedField): ExpectedValue {
  if (field === 'lineCount') return fields.lines.value?.length ?? null;
  return fields[field].value;
}

export function sameValue(field: EvaluatedField, expected: ExpectedValue, actual: ExpectedValue): boolean {
  if (expected === null || actual === null) return expected === actual;
  switch (field) {
    case 'netAmount':
    case 'taxAmount':
    case 'totalAmount':
    case 'lineCount':
      return Math.abs(Number(expected) - Number(actual)) < 0.005;
    case 'sellerName':
    case 'buyerName':
      return normalisePartyName(String(expected)) === normalisePartyName(String(actual));
    case 'sellerTaxId':
    case 'buyerTaxId':
      return normaliseTaxId(normaliseText(String(expected))) === normaliseTaxId(normaliseText(String(actual)));
    default:
      return normaliseText(String(expected)).replace(/\s+/g, '').toUpperCase() === normaliseText(String(actual)).replace(/\s+/g, '').toUpperCase();
  }
}
