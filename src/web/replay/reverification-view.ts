/// <reference lib="dom" />
import type { DecisionCheck } from '../../engine/decision-reverification';
import { data, h } from '../shared/api-client';
import type { Translate } from '../shared/i18n';
import type { ReplayKey } from './replay.messages';

/** The result of re-verify or what-if: one row per recorded decision, the differences named. */
export function renderChecks(target: HTMLElement, t: Translate<ReplayKey>, mode: string, result: { checked: number; differing: number; checks: DecisionCheck[] }): void {
  target.replaceChildren(
    h('p', { 'data-testid': 'reverification-summary', class: result.differing === 0 ? 'ok' : 'diff-bad' },
      t('check.summary', { mode: t(mode === 'recorded-version' ? 'check.recorded' : 'check.latest'), checked: result.checked, differing: result.differing })),
    h('table', {}, h('thead', {}, h('tr', {}, ...(['check.element', 'check.decision', 'check.versions', 'check.inputs', 'check.recordedOutput', 'check.evaluated', 'check.result'] as const).map((key) => h('th', {}, t(key))))),
      h('tbody', {}, ...result.checks.map((check) => h('tr', { 'data-testid': 'check', 'data-same': String(check.same) },
        h('td', {}, data(check.elementId ?? '')), h('td', {}, data(check.decisionId)), h('td', {}, `v${check.recorded.decisionVersion} → ${check.evaluated.decisionVersion === null ? '-' : `v${check.evaluated.decisionVersion}`}`),
        h('td', {}, h('pre', { translate: 'no' }, `${JSON.stringify(check.inputs)}\n(${check.inputSource})`)),
        h('td', {}, h('pre', {}, data(JSON.stringify(check.recorded.output)), `\n${t('check.rules')} `, data(check.recorded.matchedRuleIds.join(', ')))),
        h('td', {}, h('pre', {}, data(JSON.stringify(check.evaluated.output ?? check.evaluated.failure)), `\n${t('check.rules')} `, data(check.evaluated.matchedRuleIds.join(', ')))),
        h('td', { class: check.same ? 'ok' : 'diff-bad' }, check.same ? t('check.same') : t('check.different'),
          ...(check.same ? [] : [data(check.differences.map((d) => `${d.field} ${JSON.stringify(d.recorded)} → ${JSON.stringify(d.evaluated)}`).join('; '))])))))));
}
