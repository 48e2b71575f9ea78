/// <reference lib="dom" />
import CamundaModeler from 'camunda-bpmn-js/lib/camunda-platform/Modeler';
import lintModule from 'bpmn-js-bpmnlint';
import { config, resolver } from 'virtual:bpmnlint-config';
import type { DeployedProcess } from '../../engine/history/deployed-models.reader';
import type { ModelDraft } from '../../db/model-draft.repository';
import { api, h, showError, showWhoAmI, type Me } from '../shared/api-client';
import { asCamundaNamespace } from '../../engine/lint/operaton-namespace';
import { DiffView } from './diff-view';
import './modeler.css';

interface LintIssue { id: string; message: string; category: string; rule: string }

const app = document.getElementById('app') as HTMLElement;
const error = h('p', { class: 'error', 'data-testid': 'error', hidden: true });
const versions = h('select', { 'data-testid': 'deployed-versions' });
const fileInput = h('input', { type: 'file', accept: '.bpmn,.xml', 'data-testid': 'open-file' });
const openedLabel = h('p', { 'data-testid': 'opened' }, 'Nothing opened yet.');
const canvasHost = h('div', { class: 'canvas-host', 'data-testid': 'canvas' });
const propertiesHost = h('div', { class: 'properties-host', 'data-testid': 'properties' });
const lintSummary = h('p', { 'data-testid': 'lint-summary' });
const lintList = h('ul', { 'data-testid': 'lint-list' });
const diffSummary = h('p', { 'data-testid': 'diff-summary' });
const diffList = h('ul', { 'data-testid': 'diff-list' });
const fileName = h('input', { 'data-testid': 'draft-file-name', size: 40 });
const comment = h('input', { 'data-testid': 'draft-comment', size: 60, placeholder: 'what changed and why' });
const saveButton = h('button', { 'data-testid': 'save-draft' }, 'Save draft for approval');
const saveResult = h('span', { 'data-testid': 'save-result' });
const drafts = h('tbody', { 'data-testid': 'drafts' });

app.append(
  h('h1', {}, 'Modeler'),
  error,
  h('fieldset', {}, h('legend', {}, 'Open'),
    h('label', {}, 'deployed process and version', versions), h('button', { 'data-testid': 'open-deployed' }, 'Open'),
    h('label', {}, 'or a file', fileInput)),
  openedLabel,
  h('div', { class: 'modeler-layout' }, canvasHost, propertiesHost),
  h('div', { class: 'status-row' },
    h('div', { class: 'panel' }, h('strong', {}, 'Lint (bpmnlint recommended + camunda-compat for Camunda 7.24 / Operaton)'), lintSummary, lintList),
    h('div', { class: 'panel' }, h('strong', {}, 'Differences from the deployed version'), diffSummary, diffList)),
  h('fieldset', {}, h('legend', {}, 'Four eyes: save a draft, a second process owner approves and deploys'),
    h('label', {}, 'file name', fileName), h('label', {}, 'comment', comment), saveButton, ' ', saveResult),
  h('h2', {}, 'Drafts'),
  h('div', { class: 'panel scroll' }, h('table', {}, h('thead', {}, h('tr', {}, ...['process', 'file', 'author', 'created', 'comment', 'lint errors', 'status', ''].map((name) => h('th', {}, name)))), drafts)),
);

const modeler = new CamundaModeler({
  container: canvasHost,
  propertiesPanel: { parent: propertiesHost },
  additionalModules: [lintModule],
  linting: { active: true, bpmnlint: { config, resolver } },
} as ConstructorParameters<typeof CamundaModeler>[0]);
// The page's modeler, for scripted use (the browser tests drive edits through its modeling API).
(window as unknown as { modeler: CamundaModeler }).modeler = modeler;
const diffView = new DiffView(modeler, diffSummary, diffList);
let me: Me | undefined;
let deployed: DeployedProcess[] = [];
let baseId: string | undefined;

modeler.on('linting.completed', (event: { issues: Record<string, LintIssue[]> }) => {
  const issues = Object.values(event.issues).flat();
  const errors = issues.filter((issue) => issue.category === 'error');
  lintSummary.textContent = `${errors.length} error(s), ${issues.length - errors.length} warning(s)`;
  lintSummary.className = errors.length ? 'diff-bad' : 'ok';
  lintList.replaceChildren(...issues.map((issue) => h('li', { 'data-rule': issue.rule, 'data-element': issue.id }, `${issue.category} ${issue.rule} at ${issue.id}: ${issue.message}`)));
});
modeler.on('commandStack.changed', () => diffView.schedule());

async function open(xml: string, label: string, base: DeployedProcess | undefined, name: string): Promise<void> {
  // a model of another Operaton project: its operaton: extensions are Camunda 7's, edited as such
  const result = await modeler.importXML(asCamundaNamespace(xml));
  baseId = base?.processDefinitionId;
  openedLabel.textContent = `${label}${result.warnings.length ? ` — ${result.warnings.length} import warning(s)` : ''}`;
  fileName.value = name;
  const baseXml = base ? (await api<{ xml: string }>(`/api/models/processes/${encodeURIComponent(base.processDefinitionId)}`)).xml : undefined;
  await diffView.setBase(baseXml && asCamundaNamespace(baseXml), base ? `${base.processId} v${base.version}` : 'nothing deployed');
}

const processIdOf = (xml: string) => /<(?:\w+:)?process\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];
const latestOf = (processId: string | undefined) => deployed.filter((p) => p.processId === processId).sort((a, b) => b.version - a.version)[0];

async function loadDeployed(): Promise<void> {
  deployed = await api<DeployedProcess[]>('/api/models/processes');
  const selected = versions.value;
  versions.replaceChildren(...[...deployed].sort((a, b) => a.processId.localeCompare(b.processId) || b.version - a.version)
    .map((p) => h('option', { value: p.processDefinitionId }, `${p.processId} v${p.version} (${p.resourceName}, deployed ${p.deployedAt ?? '?'})`)));
  if (selected) versions.value = selected;
}

async function openDeployed(): Promise<void> {
  const chosen = deployed.find((p) => p.processDefinitionId === versions.value);
  if (!chosen) return;
  const { xml } = await api<{ xml: string }>(`/api/models/processes/${encodeURIComponent(chosen.processDefinitionId)}`);
  await open(xml, `Deployed ${chosen.processId} v${chosen.version} (${chosen.processDefinitionId})`, chosen, chosen.resourceName);
}

async function openFile(): Promise<void> {
  const file = fileInput.files?.[0];
  if (!file) return;
  const xml = await file.text();
  await open(xml, `File ${file.name}`, latestOf(processIdOf(xml)), file.name);
}

async function loadDrafts(): Promise<void> {
  const list = await api<Array<Omit<ModelDraft, 'xml'>>>('/api/models/drafts');
  drafts.replaceChildren(...list.map((draft) => {
    const errors = draft.lintFindings.filter((finding) => finding.category === 'error').length;
    const own = draft.author === me?.username;
    const approve = h('button', { 'data-testid': `approve-${draft.id}`, disabled: own || draft.status !== 'PENDING', title: own ? 'Four eyes: another process owner must approve your draft' : undefined }, 'Approve & deploy');
    const view = h('button', { class: 'secondary', 'data-testid': `view-${draft.id}` }, 'Open');
    approve.addEventListener('click', guard(async () => {
      const done = await api<ModelDraft>(`/api/models/drafts/${draft.id}/approval`, { method: 'POST', body: {} });
      saveResult.textContent = `Draft approved by ${done.approvedBy} and deployed: ${done.bpmnProcessId} v${done.deployedVersion} (${done.deployedProcessDefinitionId}).`;
      await Promise.all([loadDrafts(), loadDeployed()]);
    }));
    view.addEventListener('click', guard(async () => {
      const full = await api<ModelDraft>(`/api/models/drafts/${draft.id}`);
      const base = deployed.find((p) => p.processDefinitionId === full.baseProcessDefinitionId) ?? latestOf(full.bpmnProcessId);
      await open(full.xml, `Draft ${full.id} by ${full.author}: ${full.comment}`, base, full.fileName);
    }));
    return h('tr', { 'data-draft': draft.id, 'data-status': draft.status },
      h('td', {}, draft.bpmnProcessId), h('td', {}, draft.fileName), h('td', {}, draft.author), h('td', {}, draft.createdAt), h('td', {}, draft.comment),
      h('td', {}, String(errors)), h('td', {}, draft.status === 'DEPLOYED' ? `deployed v${draft.deployedVersion} by ${draft.approvedBy}` : 'pending approval'),
      h('td', {}, view, ' ', approve));
  }));
}

async function saveDraft(): Promise<void> {
  const { xml } = await modeler.saveXML({ format: true });
  const draft = await api<ModelDraft>('/api/models/drafts', { method: 'POST', body: { fileName: fileName.value, xml, comment: comment.value, ...(baseId ? { baseProcessDefinitionId: baseId } : {}) } });
  saveResult.textContent = `Draft saved (${draft.lintFindings.filter((f) => f.category === 'error').length} lint error(s)); it waits for a second process owner.`;
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
