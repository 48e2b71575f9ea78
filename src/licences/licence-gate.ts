import { classify, type Verdict } from './licence-policy';
import type { Dependency } from './npm-licences';

export interface GateResult {
  /** One row per licence, with how many dependencies offer it per ecosystem (a dual-licensed one counts under each). */
  table: Array<{ licence: string; npm: number; maven: number; verdict: Verdict }>;
  /** Dependencies the gate refuses, with why. */
  refused: Array<{ dependency: Dependency; verdict: Verdict; reason: string }>;
}

/** Classifies every runtime dependency; the gate passes when nothing is forbidden or unknown. */
export function checkLicences(dependencies: Dependency[]): GateResult {
  const rows = new Map<string, { licence: string; npm: number; maven: number; verdict: Verdict }>();
  const refused: GateResult['refused'] = [];
  for (const dependency of dependencies) {
    const result = classify(dependency.name, dependency.licences);
    if (result.verdict === 'forbidden' || result.verdict === 'unknown') {
      refused.push({ dependency, verdict: result.verdict, reason: result.reason ?? result.verdict });
    }
    for (const licence of new Set(result.licences)) {
      const verdict = licence === 'bpmn.io License' ? 'bpmn.io exception' : classify(licence, [licence]).verdict;
      const row = rows.get(licence) ?? { licence, npm: 0, maven: 0, verdict };
      row[dependency.ecosystem] += 1;
      rows.set(licence, row);
    }
  }
  const table = [...rows.values()].sort((a, b) => b.npm + b.maven - (a.npm + a.maven) || a.licence.localeCompare(b.licence));
  return { table, refused };
}

export function formatTable(result: GateResult): string {
  const width = Math.max(7, ...result.table.map((row) => row.licence.length));
  const header = `${'Licence'.padEnd(width)}  ${'npm'.padStart(4)}  ${'Maven'.padStart(5)}  verdict`;
  const lines = result.table.map((row) => `${row.licence.padEnd(width)}  ${String(row.npm).padStart(4)}  ${String(row.maven).padStart(5)}  ${row.verdict}`);
  return [header, '-'.repeat(header.length + 10), ...lines].join('\n');
}
