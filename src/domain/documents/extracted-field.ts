import { FieldSource } from '../../contracts/documents.contract';
import { DocumentText } from './document-text.model';
import { Found } from './labelled-value.finder';

export interface Field<T> {
  value: T | null;
  confidence: number;
  source: FieldSource;
  /** set when the value failed a check (format, check character, sums): why */
  check?: string;
  /** set when no label gave the value and it was proposed by its type, form and place: a person confirms it, whatever a check says of its form */
  suggested?: true;
}

/** Confidence at most this when a value fails its check: below any sensible manual-entry threshold. */
export const failedCheckConfidence = 0.5;

/** The field, marked as failing a check: its confidence lowered, the reason kept for the person who enters it. */
export function failedCheck<T>(field: Field<T>, reason: string): Field<T> {
  return { ...field, confidence: round(Math.min(field.confidence, failedCheckConfidence)), check: field.check ? `${field.check}; ${reason}` : reason };
}

export function missing<T>(source: FieldSource = 'text-layer'): Field<T> {
  return { value: null, confidence: 0, source };
}

export function fromFound<T>(text: DocumentText, found: Found<T> | null | undefined, weight = 1): Field<T> {
  if (!found) return missing(originOf(text));
  const line = text.lines[found.lineIndex];
  return { value: found.value, confidence: round(found.confidence * weight), source: line?.origin ?? originOf(text) };
}

/** The document's main text origin, for fields that were not found. */
export function originOf(text: DocumentText): FieldSource {
  const ocr = text.lines.filter((line) => line.origin === 'ocr').length;
  return ocr > text.lines.length / 2 ? 'ocr' : 'text-layer';
}

export function round(confidence: number): number {
  return Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000;
}
