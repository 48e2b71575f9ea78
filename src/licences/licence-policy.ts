/**
 * Which licences a RUNTIME dependency may carry: open-source ones only. The project depends on open
 * source only (ARCHITECTURE.md: that is why the engine is Operaton, not Zeebe); the one named
 * exception is bpmn.io's licence (MIT plus "keep the bpmn.io watermark") of the bpmn-io family.
 */

export type Verdict = 'allowed' | 'bpmn.io exception' | 'forbidden' | 'unknown';

/** Not open source: source-available, "fair code", vendor licences, or no licence at all. */
const forbiddenLicences: Array<[RegExp, string]> = [
  [/\bAGPL|Affero/i, 'AGPL'],
  [/\bSSPL|Server Side Public License/i, 'SSPL'],
  [/\bBUSL|Business Source License/i, 'BUSL'],
  [/Elastic License|\bELv2\b|Elastic-2\.0/i, 'Elastic License'],
  [/Commons Clause/i, 'Commons Clause'],
  [/Zeebe Community License/i, 'Zeebe Community License'],
  [/Camunda License|Camunda (Platform )?Enterprise/i, 'Camunda License'],
  [/^UNLICENSED$|proprietary|all rights reserved/i, 'UNLICENSED (proprietary)'],
];

/** Open-source licences as packages spell them, each to one name (SPDX where there is one). */
const openSourceLicences: Array<[RegExp, string]> = [
  [/^(The )?Apache( Software)?( License)?,?( Version)?[ -]?2(\.0)?$|^Apache-2\.0$/i, 'Apache-2.0'],
  [/^MIT-0$/i, 'MIT-0'],
  [/^(The )?MIT( License)?$|^MIT license$|^jQuery license$/i, 'MIT'],
  [/^ISC( License)?$/i, 'ISC'],
  [/^0BSD$/i, '0BSD'],
  [/^BSD[ -]2[ -]Clause|^Simplified BSD/i, 'BSD-2-Clause'],
  [/^BSD[ -]3[ -]Clause|^(Modified|New|Revised) BSD|^BSD$|^BSD License$/i, 'BSD-3-Clause'],
  [/^EDL 1\.0$|^Eclipse Distribution License - v 1\.0$/i, 'EDL-1.0'],
  [/^EPL[ -]1\.0$|^Eclipse Public License - v 1\.0$|^Eclipse Public License 1\.0$/i, 'EPL-1.0'],
  [/^EPL[ -]2\.0$|^Eclipse Public License v\.? ?2\.0$|^Eclipse Public License - v 2\.0$/i, 'EPL-2.0'],
  [/GPL-?2(\.0)?.*(w\/|with).*(CPE|Classpath)|GNU General Public License.*Version 2.*Classpath Exception/i, 'GPL-2.0-with-classpath-exception'],
  [/^(GNU Lesser General Public License|LGPL[ -]?2\.1(-only|-or-later)?|LGPL-3\.0(-only|-or-later)?)$/i, 'LGPL'],
  [/^GPL-3\.0(-only|-or-later)?$/i, 'GPL-3.0'],
  [/^MPL[ -]1\.1$/i, 'MPL-1.1'],
  [/^MPL[ -]2\.0$|^Mozilla Public License,? (Version )?2\.0$/i, 'MPL-2.0'],
  [/^CDDL/i, 'CDDL'],
  [/^Public Domain, per Creative Commons CC0$|^CC0-1\.0$/i, 'CC0-1.0'],
  [/^Public Domain$|^Unlicense$/i, 'Public domain'],
  [/^W3C license$|^W3C$/i, 'W3C'],
  [/^BlueOak-1\.0\.0$/i, 'BlueOak-1.0.0'],
  [/^Python-2\.0$/i, 'Python-2.0'],
  [/^CC-BY-(3|4)\.0$/i, 'CC-BY'],
  [/^Zlib$/i, 'Zlib'],
  [/^Unicode-(DFS-2016|3\.0)$/i, 'Unicode'],
];

/** What a licence text says when a package names no licence (or "SEE LICENSE IN …"). */
const licenceTexts: Array<[RegExp, string]> = [
  [/bpmn\.io project watermark/i, 'bpmn.io License'],
  [/Permission is hereby granted, free of charge/i, 'MIT'],
  [/Apache License[\s\S]{0,40}Version 2\.0/i, 'Apache-2.0'],
  [/Permission to use, copy, modify, and\/or distribute this software/i, 'ISC'],
  [/Redistribution and use in source and binary forms/i, 'BSD-3-Clause'],
];

/** The bpmn.io family: the only packages whose bpmn.io licence (watermark clause) is accepted. */
export const bpmnIoFamily = /^(bpmn-js|dmn-js(-[a-z-]+)?|diagram-js|camunda-bpmn-js|@bpmn-io\/.+|form-js)$/;

export interface Classified {
  /** The licence names as the package gives them, each normalised where known. */
  licences: string[];
  verdict: Verdict;
  reason?: string;
}

/** "(MIT OR X)" → "MIT OR X"; "Name (Note)" stays as it is. */
function withoutOuterParentheses(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('(') || !trimmed.endsWith(')')) return trimmed;
  let depth = 0;
  for (let index = 0; index < trimmed.length - 1; index += 1) {
    depth += trimmed[index] === '(' ? 1 : trimmed[index] === ')' ? -1 : 0;
    if (depth === 0) return trimmed;
  }
  return withoutOuterParentheses(trimmed.slice(1, -1));
}

export function normaliseLicence(raw: string): string {
  const name = withoutOuterParentheses(raw);
  return openSourceLicences.find(([pattern]) => pattern.test(name))?.[1] ?? name;
}

export function licenceFromText(text: string): string | undefined {
  return licenceTexts.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * One dependency's verdict from its licences, read as alternatives (SPDX "OR", Maven's list of
 * licences): forbidden when any is a forbidden licence, allowed when one is open source, the bpmn.io
 * exception for its family, otherwise unknown (which the gate refuses too).
 */
export function classify(name: string, rawLicences: string[]): Classified {
  const licences = rawLicences.map(normaliseLicence).filter((licence) => licence.length > 0);
  if (licences.length === 0) return { licences: ['(none)'], verdict: 'unknown', reason: 'no licence declared' };
  for (const licence of licences) {
    const forbidden = forbiddenLicences.find(([pattern]) => pattern.test(licence));
    if (forbidden) return { licences, verdict: 'forbidden', reason: `${forbidden[1]} is not an open-source licence` };
  }
  if (licences.some((licence) => openSourceLicences.some(([, known]) => known === licence))) return { licences, verdict: 'allowed' };
  if (licences.includes('bpmn.io License')) {
    return bpmnIoFamily.test(name)
      ? { licences, verdict: 'bpmn.io exception' }
      : { licences, verdict: 'forbidden', reason: 'the bpmn.io licence is accepted for the bpmn-io family only' };
  }
  return { licences, verdict: 'unknown', reason: `unrecognised licence ${licences.join(' / ')}` };
}

/** An npm licence expression's alternatives and parts ("(MIT OR GPL-3.0-or-later)", "A AND B"). */
export function splitLicenceExpression(expression: string): string[] {
  return withoutOuterParentheses(expression).split(/\s+(?:OR|AND)\s+/).map(withoutOuterParentheses).filter(Boolean);
}
