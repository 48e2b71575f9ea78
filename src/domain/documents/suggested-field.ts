import { TextLine } from './document-text.model';
import { Field, round } from './extracted-field';

/**
 * A value proposed for a required field that no label gave, found by its type, form and place
 * alone: always under the manual-entry threshold (0.8), so a person confirms it; a wrong
 * suggestion is shown to that person, never taken silently.
 */
export const suggestionConfidence = 0.55;

export function suggested<T>(value: T, line: TextLine | undefined, weight = 1): Field<T> {
  // never above the suggestion's own confidence, whatever the weight: a suggestion always goes to a person
  return { value, confidence: round(suggestionConfidence * Math.min(1, weight) * Math.min(1, line?.confidence ?? 1)), source: line?.origin ?? 'text-layer', suggested: true };
}

const isEmpty = (field: Field<unknown> | undefined) => !field || field.value === null || (typeof field.value === 'string' && field.value.trim() === '');

type Suggestions<F> = { [K in keyof F]?: (fields: F) => F[K] | null };

/**
 * The fields, each still empty after the label rules given what its suggestion finds. Suggestions
 * run in the order given and see the fields filled before them (a buyer's id is suggested once the
 * buyer's name is known), never replacing a value read, whatever its confidence or check.
 */
export function withSuggestions<F extends Record<string, Field<unknown>>>(fields: F, suggestions: Suggestions<F>): F {
  const result = { ...fields };
  for (const name of Object.keys(suggestions) as (keyof F)[]) {
    if (!isEmpty(result[name])) continue;
    const suggestion = suggestions[name]?.(result);
    if (suggestion && !isEmpty(suggestion as Field<unknown>)) result[name] = suggestion;
  }
  return result;
}
