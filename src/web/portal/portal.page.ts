/// <reference lib="dom" />
import type { ApplicationStatus } from '../../api/credit-application.service';
import type { StoredDocument } from './portal-types';
import { disputeCategories } from '../../contracts/dispute.contract';
import { api, ApiProblem, h, showWhoAmI } from '../shared/api-client';
import './portal.css';

const app = document.getElementById('app') as HTMLElement;
const field = (name: string, attributes: Record<string, string | number | boolean> = {}) => h('input', { name, 'data-testid': name, ...attributes });
const select = (name: string, values: readonly string[]) => h('select', { name, 'data-testid': name }, ...values.map((value) => h('option', { value }, value)));

const apply = { customerId: field('customerId', { size: 38, placeholder: 'registered customer id' }), requestedLimit: field('requestedLimit', { type: 'number', min: 1, step: '0.01' }), currency: select('currency', ['CNY', 'EUR', 'USD']), urgent: field('urgent', { type: 'checkbox' }) };
const applicationId = field('applicationId', { size: 38, placeholder: 'application id' });
const upload = { kind: select('kind', ['contract', 'invoice', 'delivery-note', 'financial-statements']), file: field('file', { type: 'file' }) };
const receipt = { deliveredAt: field('deliveredAt', { type: 'datetime-local' }), goodsConform: field('goodsConform', { type: 'checkbox', checked: true }), receiptNote: field('receiptNote', { size: 40 }) };
const dispute = { receivableId: field('receivableId', { placeholder: 'invoice number (optional)' }), disputedAmount: field('disputedAmount', { type: 'number', min: 0.01, step: '0.01' }), disputeCategory: select('disputeCategory', disputeCategories), disputeReason: field('disputeReason', { size: 40 }) };
const status = h('div', { class: 'panel', 'data-testid': 'status' }, 'No application chosen yet.');
const log = h('ul', { id: 'log', 'data-testid': 'log' });
const button = (id: string, text: string) => h('button', { 'data-testid': id }, text);
const buttons = { apply: button('submit-application', 'Submit application'), follow: button('follow', 'Show status'), upload: button('upload', 'Upload'), receipt: button('confirm-receipt', 'Confirm receipt'), dispute: button('raise-dispute', 'Raise dispute') };
const uploaded: StoredDocument[] = [];

app.append(
  h('h1', {}, 'Customer and sales portal'),
  h('div', { class: 'forms' },
    h('fieldset', {}, h('legend', {}, '1. Apply for credit'),
      h('label', {}, 'customer', apply.customerId), h('label', {}, 'requested limit', apply.requestedLimit),
      h('label', {}, 'currency', apply.currency), h('label', {}, 'urgent', apply.urgent), buttons.apply),
    h('fieldset', {}, h('legend', {}, '2. Follow an application'), h('label', {}, 'application', applicationId), buttons.follow),
    h('fieldset', {}, h('legend', {}, '3. Upload a document'), h('label', {}, 'kind', upload.kind), h('label', {}, 'PDF, PNG, JPEG or OFD up to 10 MB', upload.file), buttons.upload),
    h('fieldset', {}, h('legend', {}, '4. Confirm receipt of the goods'),
      h('label', {}, 'delivered at', receipt.deliveredAt), h('label', {}, 'goods conform', receipt.goodsConform), h('label', {}, 'note', receipt.receiptNote), buttons.receipt),
    h('fieldset', {}, h('legend', {}, '5. Raise a dispute'),
      h('label', {}, 'invoice', dispute.receivableId), h('label', {}, 'disputed amount', dispute.disputedAmount), h('label', {}, 'category', dispute.disputeCategory),
      h('label', {}, 'reason', dispute.disputeReason), buttons.dispute)),
  h('h2', {}, 'Status'), status,
  h('h2', {}, 'What you did'), log,
);

function note(text: string, ok = true): void {
  log.prepend(h('li', { class: ok ? 'ok' : 'error' }, `${new Date().toLocaleTimeString()} ${text}`));
}

function explain(error: unknown): string {
  if (error instanceof ApiProblem) return `refused (${error.status}): ${error.detail}${error.fields.length ? ` — ${error.fields.map((f) => `${f.field}: ${f.message}`).join('; ')}` : ''}`;
  return String(error);
}

function guard(what: string, action: () => Promise<void>): () => void {
  return () => action().catch((error: unknown) => note(`${what} ${explain(error)}`, false));
}

const chosen = () => applicationId.value.trim();
const offset = (local: string) => new Date(local).toISOString();

async function showStatus(): Promise<void> {
  const application = await api<ApplicationStatus>(`/api/applications/${chosen()}`);
  status.replaceChildren(
    h('p', { 'data-testid': 'status-line' }, `${application.companyName} (${application.taxId}): ${application.status}, requested ${application.requestedLimit} ${application.currency}, submitted ${application.createdAt}`),
    h('p', { 'data-testid': 'current-step' }, application.currentStep
      ? `Step ${application.currentStep.number} of 11 (${application.currentStep.phase}): ${application.currentStep.name}${application.state === 'ACTIVE' ? '' : ` — case ${application.state.toLowerCase()}`}${application.sideActivities.length ? `; also: ${application.sideActivities.join(', ')}` : ''}`
      : 'The case is starting.'),
    h('p', {}, application.openUserTasks.length ? `Waiting for: ${application.openUserTasks.map((task) => `${task.elementId} (${task.candidateGroups.join(', ') || task.assignee})`).join(', ')}` : 'No step is waiting for a person.'),
    h('p', { 'data-testid': 'documents' }, uploaded.filter((d) => d.applicationId === application.id).map((d) => `${d.kind}: ${d.fileName} (SHA-256 ${d.sha256.slice(0, 12)}…)`).join('; ') || 'No documents uploaded in this session.'),
  );
}

buttons.apply.addEventListener('click', guard('application', async () => {
  const created = await api<{ id: string }>('/api/applications', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { customerId: apply.customerId.value.trim(), requestedLimit: Number(apply.requestedLimit.value), currency: apply.currency.value, urgent: apply.urgent.checked },
  });
  applicationId.value = created.id;
  note(`application ${created.id} submitted`);
  await showStatus();
}));
buttons.follow.addEventListener('click', guard('status', showStatus));
buttons.upload.addEventListener('click', guard('upload', async () => {
  const file = upload.file.files?.[0];
  if (!file) throw new Error('choose a file first');
  const form = new FormData();
  form.set('applicationId', chosen());
  form.set('kind', upload.kind.value);
  form.set('file', file, file.name);
  const stored = await api<StoredDocument>('/api/documents', { method: 'POST', body: form });
  uploaded.push(stored);
  note(`${stored.kind} ${stored.fileName} uploaded (SHA-256 ${stored.sha256})`);
  await showStatus();
}));
buttons.receipt.addEventListener('click', guard('receipt confirmation', async () => {
  await api('/api/events/receipt-confirmed', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { applicationId: chosen(), deliveredAt: offset(receipt.deliveredAt.value), goodsConform: receipt.goodsConform.checked, ...(receipt.receiptNote.value ? { note: receipt.receiptNote.value } : {}) },
  });
  note('receipt confirmed');
}));
buttons.dispute.addEventListener('click', guard('dispute', async () => {
  await api('/api/events/dispute-raised', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: {
      applicationId: chosen(), disputedAmount: Number(dispute.disputedAmount.value), disputeCategory: dispute.disputeCategory.value, disputeReason: dispute.disputeReason.value,
      ...(dispute.receivableId.value ? { receivableId: dispute.receivableId.value } : {}),
    },
  });
  note('dispute raised');
}));
guard('login', async () => {
  await showWhoAmI();
})();
