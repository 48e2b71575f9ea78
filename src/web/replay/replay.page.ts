/// <reference lib="dom" />
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type { InstanceReplay, ReplayInstance } from '../../api/replay.service';
import type { ReplayStep } from '../../audit/instance-replay';
import { api, data, h, showError, showWhoAmI } from '../shared/api-client';
import { applyFrame, pageTranslator } from '../shared/page-language';
import { replayMessages, type ReplayKey } from './replay.messages';
import { renderChecks } from './reverification-view';
import './replay.css';

interface Canvas {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
  zoom(mode: string): void;
}
interface ElementRegistry {
  get(id: string): unknown;
}

applyFrame('nav.replay');
const t = pageTranslator(replayMessages);
/** An engine state in the page's language (one the catalogue does not know is shown as it is). */
const stateName = (state: string) => (`state.${state}` in replayMessages.en ? t(`state.${state}` as ReplayKey) : state);

const app = document.getElementById('app') as HTMLElement;
const error = h('p', { class: 'error', 'data-testid': 'error', hidden: true, translate: 'no' });
const search = {
  processId: h('input', { name: 'processId', placeholder: t('search.processPlaceholder'), 'data-testid': 'search-process' }),
  from: h('input', { name: 'from', type: 'datetime-local', 'data-testid': 'search-from' }),
  to: h('input', { name: 'to', type: 'datetime-local', 'data-testid': 'search-to' }),
  outcome: h('select', { name: 'outcome', 'data-testid': 'search-outcome' }, ...['', 'active', 'completed', 'terminated', 'incident'].map((value) => h('option', { value }, t(`outcome.${value || 'any'}` as ReplayKey)))),
};
const results = h('tbody', { 'data-testid': 'instances' });
const heading = h('h2', { 'data-testid': 'instance-heading' });
const lineage = h('p', { 'data-testid': 'lineage' });
// the diagram as deployed: its names are the model's own
const canvasHost = h('div', { class: 'canvas', id: 'canvas', 'data-testid': 'canvas', translate: 'no' });
const slider = h('input', { type: 'range', min: 0, max: 0, value: 0, 'data-testid': 'step-slider' });
const stepLabel = h('span', { 'data-testid': 'step-label' });
const stepTitle = h('p', { 'data-testid': 'step-title' });
const timeline = h('ol', { id: 'timeline', 'data-testid': 'timeline' });
const variables = h('tbody', { 'data-testid': 'variables' });
const checks = h('div', { 'data-testid': 'reverification' });
const buttons = {
  first: h('button', { class: 'secondary', 'data-testid': 'step-first' }, '⏮'),
  previous: h('button', { class: 'secondary', 'data-testid': 'step-previous' }, t('step.previous')),
  next: h('button', { class: 'secondary', 'data-testid': 'step-next' }, t('step.next')),
  last: h('button', { class: 'secondary', 'data-testid': 'step-last' }, '⏭'),
  reverify: h('button', { 'data-testid': 'reverify' }, t('reverify')),
  whatIf: h('button', { class: 'secondary', 'data-testid': 'what-if' }, t('whatIf')),
};
const exportJson = h('a', { 'data-testid': 'export-json', download: true }, t('export.json'));
const exportPdf = h('a', { 'data-testid': 'export-pdf', download: true }, t('export.pdf'));
const instanceView = h('section', { hidden: true, 'data-testid': 'instance-view' },
  heading, lineage,
  h('div', { class: 'grid2' },
    h('div', {}, canvasHost,
      h('div', { class: 'stepper' }, buttons.first, buttons.previous, slider, buttons.next, buttons.last, stepLabel),
      stepTitle,
      h('p', {}, buttons.reverify, ' ', buttons.whatIf, ' · ', exportJson, ' · ', exportPdf),
      checks),
    h('div', {},
      h('h3', {}, t('timeline.heading')), h('div', { class: 'panel scroll' }, timeline),
      h('h3', {}, t('variables.heading')),
      h('div', { class: 'panel scroll' }, h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, t('variables.name')), h('th', {}, t('variables.value')))), variables)))));

app.append(
  h('h1', {}, t('title')),
  error,
  h('fieldset', {}, h('legend', {}, t('search.legend')),
    h('label', {}, t('search.processId'), search.processId), h('label', {}, t('search.from'), search.from), h('label', {}, t('search.to'), search.to),
    h('label', {}, t('search.outcome'), search.outcome), h('button', { 'data-testid': 'search' }, t('search.button'))),
  h('div', { class: 'panel scroll' }, h('table', {}, h('thead', {}, h('tr', {}, ...(['instance', 'process', 'version', 'businessKey', 'state', 'end', 'started', 'ended', 'incidents'] as const).map((name) => h('th', {}, t(`column.${name}`))))), results)),
  instanceView,
);

const viewer = new NavigatedViewer({ container: canvasHost });
let replay: InstanceReplay | undefined;
let current = 0;
let marked: Array<[string, string]> = [];

function toIso(local: string): string | undefined {
  return local ? new Date(local).toISOString() : undefined;
}

async function runSearch(): Promise<void> {
  const query = new URLSearchParams();
  if (search.processId.value.trim()) query.set('processId', search.processId.value.trim());
  const from = toIso(search.from.value);
  const to = toIso(search.to.value);
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  if (search.outcome.value) query.set('outcome', search.outcome.value);
  const found = await api<ReplayInstance[]>(`/api/replay/instances?${query}`);
  results.replaceChildren(...found.map((instance) => h('tr', { 'data-key': instance.processInstanceId },
    h('td', {}, h('a', { href: `#instance=${instance.processInstanceId}`, translate: 'no' }, instance.processInstanceId)),
    h('td', {}, data(instance.processId)), h('td', {}, String(instance.version)), h('td', {}, data(instance.businessKey ?? '')), h('td', {}, stateName(instance.state)),
    h('td', {}, data(instance.endActivityId ?? '')), h('td', {}, instance.startedAt), h('td', {}, instance.endedAt ?? ''), h('td', {}, String(instance.openIncidents)))));
}

function showStep(index: number): void {
  if (!replay) return;
  const steps = replay.steps;
  current = Math.max(0, Math.min(index, steps.length - 1));
  const step = steps[current] as ReplayStep;
  const canvas = viewer.get<Canvas>('canvas');
  const registry = viewer.get<ElementRegistry>('elementRegistry');
  for (const [id, marker] of marked) canvas.removeMarker(id, marker);
  marked = [];
  const mark = (id: string | null, marker: string) => {
    if (id && registry.get(id)) {
      canvas.addMarker(id, marker);
      marked.push([id, marker]);
    }
  };
  step.completedElementIds.forEach((id) => mark(id, 'replay-completed'));
  step.takenFlowIds.forEach((id) => mark(id, 'replay-flow'));
  step.activeElementIds.forEach((id) => mark(id, 'replay-active'));
  mark(step.elementId, 'replay-current');
  slider.value = String(current);
  stepLabel.textContent = t('step.label', { current: current + 1, total: steps.length });
  // the step's title and detail are the history as recorded
  stepTitle.replaceChildren(h('span', { class: 'kind' }, t(`kind.${step.kind}`)), ' ', h('strong', { translate: 'no' }, step.title), ` — ${step.at} (${t(`source.${step.source}`)})`,
    step.childInstanceId ? h('span', {}, ' · ', h('a', { href: `#instance=${step.childInstanceId}`, 'data-testid': 'follow-child' }, ...t.parts('step.followChild', { id: data(step.childInstanceId) }))) : '',
    h('pre', { translate: 'no' }, JSON.stringify(step.detail, null, 1)));
  for (const item of Array.from(timeline.children)) {
    const itemIndex = Number((item as HTMLElement).dataset.index);
    item.classList.toggle('current', itemIndex === current);
    item.classList.toggle('future', itemIndex > current);
  }
  timeline.children[current]?.scrollIntoView({ block: 'nearest' });
  variables.replaceChildren(...Object.entries(step.variables).map(([name, value]) =>
    h('tr', { class: step.changedVariables.includes(name) ? 'changed' : undefined, 'data-name': name, translate: 'no' }, h('td', {}, name), h('td', {}, h('pre', {}, JSON.stringify(value))))));
  buttons.previous.disabled = current === 0;
  buttons.next.disabled = current === steps.length - 1;
  history.replaceState(null, '', `#instance=${replay.instance.processInstanceId}&step=${current}`);
}

async function openInstance(key: string, step?: number): Promise<void> {
  replay = await api<InstanceReplay>(`/api/replay/instances/${key}`);
  const { instance, diagram } = replay;
  instanceView.hidden = false;
  heading.replaceChildren(...t.parts('heading', { id: data(instance.processInstanceId), process: data(diagram.processId), version: diagram.version, state: stateName(instance.state) }));
  lineage.replaceChildren(
    ...t.parts('lineage.diagram', { resource: data(diagram.resourceName), definition: data(diagram.processDefinitionId), sha256: data(diagram.sha256.slice(0, 16)) }),
    ...(instance.businessKey ? t.parts('lineage.businessKey', { key: data(instance.businessKey) }) : []),
    instance.superProcessInstanceId ? h('span', {}, t('lineage.calledBy'), h('a', { href: `#instance=${instance.superProcessInstanceId}`, 'data-testid': 'parent-link', translate: 'no' }, instance.superProcessInstanceId)) : '',
    ...replay.children.map((child) => h('span', {}, t('lineage.child'), h('a', { href: `#instance=${child.processInstanceId}`, 'data-testid': 'child-link', translate: 'no' }, `${child.processId} ${child.processInstanceId}`))),
  );
  await viewer.importXML(diagram.xml);
  viewer.get<Canvas>('canvas').zoom('fit-viewport');
  marked = [];
  timeline.replaceChildren(...replay.steps.map((s) => {
    // what kind of step in the page's language, then the step as recorded
    const item = h('li', { 'data-index': s.index, class: `${s.source} ${s.kind}` }, `${s.index + 1}. `, h('span', { class: 'kind' }, t(`kind.${s.kind}`)), ' ', data(s.title));
    item.addEventListener('click', () => showStep(s.index));
    return item;
  }));
  slider.max = String(replay.steps.length - 1);
  exportJson.setAttribute('href', `/api/replay/instances/${key}/audit-pack?format=json`);
  exportPdf.setAttribute('href', `/api/replay/instances/${key}/audit-pack?format=pdf`);
  checks.replaceChildren();
  showStep(step ?? replay.steps.length - 1);
}

async function reverify(mode: 'recorded-version' | 'latest-version'): Promise<void> {
  if (!replay) return;
  checks.textContent = t('evaluating');
  renderChecks(checks, t, mode, await api(`/api/replay/instances/${replay.instance.processInstanceId}/reverification`, { method: 'POST', body: { mode } }));
}

function guard(action: () => Promise<void>): () => void {
  return () => {
    error.hidden = true;
    action().catch((caught: unknown) => showError(error, caught));
  };
}

function fromHash(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  const key = params.get('instance');
  const step = params.get('step');
  if (key && key !== replay?.instance.processInstanceId) guard(() => openInstance(key, step === null ? undefined : Number(step)))();
}

(document.querySelector('[data-testid=search]') as HTMLButtonElement).addEventListener('click', guard(runSearch));
buttons.first.addEventListener('click', () => showStep(0));
buttons.previous.addEventListener('click', () => showStep(current - 1));
buttons.next.addEventListener('click', () => showStep(current + 1));
buttons.last.addEventListener('click', () => showStep(Number.MAX_SAFE_INTEGER));
slider.addEventListener('input', () => showStep(Number(slider.value)));
buttons.reverify.addEventListener('click', guard(() => reverify('recorded-version')));
buttons.whatIf.addEventListener('click', guard(() => reverify('latest-version')));
window.addEventListener('hashchange', fromHash);
guard(async () => {
  await showWhoAmI();
  await runSearch();
  fromHash();
})();
