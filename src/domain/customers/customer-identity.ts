/**
 * Customer de-duplication (DOMAIN.md §2 data hygiene): two registrations are the same
 * customer when their tax ids match or their names match after normalisation.
 */
const chineseLegalForms = ['股份有限公司', '有限责任公司', '有限公司', '集团', '公司'];
/** Latin legal forms count only as whole words ("Costco" keeps its "co"). */
const latinLegalForms = /(^|[\s.,&])(company limited|corporation|company|limited|ltd|inc|corp|co|gmbh|ag|bv|sarl|sas|llc|plc)$/u;

export function normaliseCompanyName(name: string): string {
  let normalised = name.normalize('NFKC').toLowerCase().trim().replace(/[（(].*?[)）]/g, ' ');
  let changed = true;
  while (changed) {
    changed = false;
    const trimmed = normalised.replace(/[\s.,;:·、，。-]+$/u, '');
    const chinese = chineseLegalForms.find((suffix) => trimmed.endsWith(suffix) && trimmed.length > suffix.length);
    const latin = latinLegalForms.exec(trimmed);
    if (chinese) {
      normalised = trimmed.slice(0, -chinese.length);
      changed = true;
    } else if (latin && latin.index > 0) {
      normalised = trimmed.slice(0, latin.index);
      changed = true;
    }
  }
  return normalised.replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function normaliseTaxId(taxId: string): string {
  return taxId.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
}
