/**
 * Words a Chinese page may show in Latin letters: product and format names, and abbreviations the
 * GLOSSARY keeps (DSO) or Chinese business software uses as they are.
 */
export const latinAllowed = new Set(['Operaton', 'Camunda', 'bpmnlint', 'BPMN', 'DMN', 'DSO', 'SLA', 'PDF', 'PNG', 'JPEG', 'OFD', 'MB', 'JSON', 'SHA', 'CNY', 'EUR', 'USD', 'ID']);

/**
 * The English words of a text meant to be Chinese: runs of two or more Latin letters, leaving out
 * identifiers (anything with a digit, dash, dot, underscore or colon in it, e.g. `tiered-review`,
 * `v3`, `Task_Review`) and the allowed names.
 */
export function englishWordsIn(text: string): string[] {
  return text
    .split(/[\s,;:()（）：，；、。·—–<>="'“”‘’«»[\]{}|/\\?!…→]+/)
    .filter((token) => token && !/[\d\-._:@]/.test(token))
    .flatMap((token) => token.match(/[A-Za-z]{2,}/g) ?? [])
    .filter((word) => !latinAllowed.has(word));
}
