/// <reference lib="dom" />
import type { DecisionCheck } from '../../engine/decision-reverification';
import { h } from '../shared/api-client';

/** The result of re-verify or what-if: one row per recorded decision, the differences named. */
export function renderChecks(target: HTMLElement, mode: string, result: { checked: number; differing: number; checks: DecisionCheck[] }): void {
  target.replaceChildren(
    h('p', { 'data-testid': 'reverification-summary', class: result.differing === 0 ? 'ok' : 'diff-bad' },
      `${mode === 'recorded-version' ? 'Re-verified against the recorded versions' : "What-if against today's versions"}: ${result.checked} decision(s), ${result.differing} with a difference.`),
    h('table', {}, h('thead', {}, h('tr', {}, ...['element', 'decision', 'version then → now', 'inputs', 'recorded', 'evaluated', 'result'].map((name) => h('th', {}, name)))),
      h('tbody', {}, ...result.checks.map((check) => h('tr', { 'data-testid': 'check', 'data-same': String(check.same) },
        h('td', {}, check.elementId ?? ''), h('td', {}, check.decisionId), h('td', {}, `v${check.recorded.decisionVersion} → ${check.evaluated.decisionVersion === null ? '-' : `v${check.evaluated.decisionVersion}`}`),
        h('td', {}, h('pre', {}, `${JSON.stringify(check.inputs)}\n(${check.inputSource})`)),
        h('td', {}, h('pre', {}, `${JSON.stringify(check.recorded.output)}\nrules ${check.recorded.matchedRuleIds.join(', ')}`)),
        h('td', {}, h('pre', {}, `${JSON.stringify(check.evaluated.output ?? check.evaluated.failure)}\nrules ${check.evaluated.matchedRuleIds.join(', ')}`)),
        h('td', { class: check.same ? 'ok' : 'diff-bad' }, check.same ? 'same' : `different: ${check.differences.map((d) => `${d.field} ${JSON.stringify(d.recorded)} → ${JSON.stringify(d.evaluated)}`).join('; ')}`))))));
}
