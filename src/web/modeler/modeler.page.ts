/// <reference lib="dom" />
import CamundaModeler from 'camunda-bpmn-js/lib/camunda-platform/Modeler';
import lintModule from 'bpmn-js-bpmnlint';
import { config, resolver } from 'virtual:bpmnlint-config';
import type { DeployedProcess } from '../../engine/history/deployed-models.reader';
import type { ModelDraft } from '../../db/model-draft.repository';
import { api, data, h, showError, showWhoAmI, type Me } from '../shared/api-client';
import { applyFrame, pageTranslator } from '../shared/page-language';
import { modelerMessages, type ModelerKey } from './modeler.messages';
import { asCamundaNamespace } from '../../engine/lint/operaton-namespace';
import { DiffView } from './diff-view';
import './modeler.css';

interface LintIssue { id: string; message: string; category: string; rule: string }

applyFrame('nav.modeler');
const t = pageTranslator(modelerMessages);

const app = document.getElementById('app') as HTMLElement;
const error = h('p', { class: 'error', 'data-testid': 'error', hidden: true, translate: 'no' });
// each option names a deployed process by its ids (the wording around them is the catalogue's, checked by its unit test)
const versions = h('select', { 'data-testid': 'deployed-versions', translate: 'no' });
const fileInput = h('input', { type: 'file', accept: '.bpmn,.xml', 'data-testid': 'open-file' });
const openedLabel = h('p', { 'data-testid': 'opened' }, t('opened.none'));
// the diagram and bpmn-js's properties panel: the model's own names and the library's own words
const canvasHost = h('div', { class: 'canvas-host', 'data-testid': 'canvas', translate: 'no' });
const propertiesHost = h('div', { class: 'properties-host', 'data-testid': 'properties', translate: 'no' });
const lintSummary = h('p', { 'data-testid': 'lint-summary' });
const lintList = h('ul', { 'data-testid': 'lint-list' });
const diffSummary = h('p', { 'data-testid': 'diff-summary' });
const diffList = h('ul', { 'data-testid': 'diff-list' });
const fileName = h('input', { 'data-testid': 'draft-file-name', size: 40 });
const comment = h('input', { 'data-testid': 'draft-comment', size: 60, placeholder: t('draft.commentPlaceholder') });
const saveButton = h('button', { 'data-testid': 'save-draft' }, t('draft.save'));
const saveResult = h('span', { 'data-testid': 'save-result' });
const drafts = h('tbody', { 'data-testid': 'drafts' });

app.append(
  h('h1', {}, t('title')),
  error,
  h('fieldset', {}, h('legend', {}, t('open.legend')),
    h('label', {}, t('open.deployed'), versions), h('button', { 'data-testid': 'open-deployed' }, t('open.button')),
    h('label', {}, t('open.file'), fileInput)),
  openedLabel,
  h('div', { class: 'modeler-layout' }, canvasHost, propertiesHost),
  h('div', { class: 'status-row' },
    h('div', { class: 'panel' }, h('strong', {}, t('lint.heading')), lintSummary, lintList),
    h('div', { class: 'panel' }, h('strong', {}, t('diff.heading')), diffSummary, diffList)),
  h('fieldset', {}, h('legend', {}, t('draft.legend')),
    h('label', {}, t('draft.fileName'), fileName), h('label', {}, t('draft.comment'), comment), saveButton, ' ', saveResult),
  h('h2', {}, t('drafts.heading')),
  h('div', { class: 'panel scroll' }, h('table', {}, h('thead', {}, h('tr', {},
    ...(['process', 'file', 'author', 'created', 'comment', 'lintErrors', 'status'] as const).map((name) => h('th', {}, t(`drafts.${name}`))), h('th', {}))), drafts)),
);

const modeler = new CamundaModeler({
  container: canvasHost,
  propertiesPanel: { parent: propertiesHost },
  additionalModules: [lintModule],
  linting: { active: true, bpmnlint: { config, resolver } },
} as ConstructorParameters<typeof CamundaModeler>[0]);
// The page's modeler, for scripted use (the browser tests drive edits through its modeling API).
(window as unknown as { modeler: CamundaModeler }).modeler = modeler;
const diffView = new DiffView(modeler, diffSummary, diffList, t);
let me: Me | undefined;
let deployed: DeployedProcess[] = [];
let baseId: string | undefined;

modeler.on('linting.completed', (event: { issues: Record<string, LintIssue[]> }) => {
  const issues = Object.values(event.issues).flat();
  const errors = issues.filter((issue) => issue.category === 'error');
  lintSummary.textContent = t('lint.summary', { errors: errors.length, warnings: issues.length - errors.length });
  lintSummary.className = errors.length ? 'diff-bad' : 'ok';
  const category = (name: string) => (`lint.${name}` in modelerMessages.en ? t(`lint.${name}` as ModelerKey) : name);
  // bpmnlint's rule names and messages are its own
  lintList.replaceChildren(...issues.map((issue) => h('li', { 'data-rule': issue.rule, 'data-element': issue.id },
    ...t.parts('lint.item', { category: category(issue.category), rule: data(issue.rule), id: data(issue.id), message: data(issue.message) }))));
});
modeler.on('commandStack.changed', () => diffView.schedule());

async function open(xml: string, label: Array<string | Node>, base: DeployedProcess | undefined, name: string): Promise<void> {
  // a model of another Operaton project: its operaton: extensions are Camunda 7's, edited as such
  // bpmn-js draws only what has a layout; a model deployed without one (a test fixture, a generated model) is refused readably
  if (!/<(?:\w+:)?BPMNDiagram\b/.test(xml)) throw new Error(t('opened.noDiagram', { name }));
  const result = await modeler.importXML(asCamundaNamespace(xml));
  baseId = base?.processDefinitionId;
  openedLabel.replaceChildren(...label, result.warnings.length ? t('opened.warnings', { count: result.warnings.length }) : '');
  fileName.value = name;
  const baseXml = base ? (await api<{ xml: string }>(`/api/models/processes/${encodeURIComponent(base.processDefinitionId)}`)).xml : undefined;
  await diffView.setBase(baseXml && asCamundaNamespace(baseXml), base ? `${base.processId} v${base.version}` : t('diff.nothingDeployed'));
}

const processIdOf = (xml: string) => /<(?:\w+:)?process\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];
const latestOf = (processId: string | undefined) => deployed.filter((p) => p.processId === processId).sort((a, b) => b.version - a.version)[0];

async function loadDeployed(): Promise<void> {
  deployed = await api<DeployedProcess[]>('/api/models/processes');
  const selected = versions.value;
  versions.replaceChildren(...[...deployed].sort((a, b) => a.processId.localeCompare(b.processId) || b.version - a.version)
    .map((p) => h('option', { value: p.processDefinitionId }, t('version.option', { process: p.processId, version: p.version, resource: p.resourceName, at: p.deployedAt ?? '?' }))));
  if (selected) versions.value = selected;
}

async function openDeployed(): Promise<void> {
  const chosen = deployed.find((p) => p.processDefinitionId === versions.value);
  if (!chosen) return;
  const { xml } = await api<{ xml: string }>(`/api/models/processes/${encodeURIComponent(chosen.processDefinitionId)}`);
  await open(xml, t.parts('opened.deployed', { process: data(chosen.processId), version: chosen.version, definition: data(chosen.processDefinitionId) }), chosen, chosen.resourceName);
}

async function openFile(): Promise<void> {
  const file = fileInput.files?.[0];
  if (!file) return;
  const xml = await file.text();
  await open(xml, t.parts('opened.file', { name: data(file.name) }), latestOf(processIdOf(xml)), file.name);
}

async function loadDrafts(): Promise<void> {
  const list = await api<Array<Omit<ModelDraft, 'xml'>>>('/api/models/drafts');
  drafts.replaceChildren(...list.map((draft) => {
    const errors = draft.lintFindings.filter((finding) => finding.category === 'error').length;
    const own = draft.author === me?.username;
    const approve = h('button', { 'data-testid': `approve-${draft.id}`, disabled: own || draft.status !== 'PENDING', title: own ? t('drafts.ownDraft') : undefined }, t('drafts.approve'));
    const view = h('button', { class: 'secondary', 'data-testid': `view-${draft.id}` }, t('drafts.open'));
    approve.addEventListener('click', guard(async () => {
      const done = await api<ModelDraft>(`/api/models/drafts/${draft.id}/approval`, { method: 'POST', body: {} });
      saveResult.replaceChildren(...t.parts('draft.approved', { approver: data(done.approvedBy ?? ''), process: data(done.bpmnProcessId), version: done.deployedVersion ?? '', definition: data(done.deployedProcessDefinitionId ?? '') }));
      await Promise.all([loadDrafts(), loadDeployed()]);
    }));
    view.addEventListener('click', guard(async () => {
      const full = await api<ModelDraft>(`/api/models/drafts/${draft.id}`);
      const base = deployed.find((p) => p.processDefinitionId === full.baseProcessDefinitionId) ?? latestOf(full.bpmnProcessId);
      await open(full.xml, t.parts('opened.draft', { id: data(full.id), author: data(full.author), comment: data(full.comment) }), base, full.fileName);
    }));
    return h('tr', { 'data-draft': draft.id, 'data-status': draft.status },
      h('td', {}, data(draft.bpmnProcessId)), h('td', {}, data(draft.fileName)), h('td', {}, data(draft.author)), h('td', {}, data(draft.createdAt)), h('td', {}, data(draft.comment)),
      h('td', {}, String(errors)), h('td', {}, ...(draft.status === 'DEPLOYED' ? t.parts('drafts.deployed', { version: draft.deployedVersion ?? '', approver: data(draft.approvedBy ?? '') }) : [t('drafts.pending')])),
      h('td', {}, view, ' ', approve));
  }));
}

async function saveDraft(): Promise<void> {
  const { xml } = await modeler.saveXML({ format: true });
  const draft = await api<ModelDraft>('/api/models/drafts', { method: 'POST', body: { fileName: fileName.value, xml, comment: comment.value, ...(baseId ? { baseProcessDefinitionId: baseId } : {}) } });
  saveResult.textContent = t('draft.saved', { errors: draft.lintFindings.filter((f) => f.category === 'error').length });
  await loadDrafts();
}

function guard(action: () => Promise<void>): () => void {
  return () => {
    error.hidden = true;
    action().catch((caught: unknown) => showError(error, caught));
  };
}

(document.querySelector('[data-testid=open-deployed]') as HTMLButtonElement).addEventListener('click', guard(openDeployed));
fileInput.addEventListener('change', guard(openFile));
saveButton.addEventListener('click', guard(saveDraft));
guard(async () => {
  me = await showWhoAmI();
  // the drafts' buttons compare with the deployed versions: list those first
  await loadDeployed();
  await loadDrafts();
  const wanted = new URLSearchParams(location.hash.slice(1)).get('process');
  if (wanted) {
    versions.value = wanted;
    await openDeployed();
  }
})();
