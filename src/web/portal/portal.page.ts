/// <reference lib="dom" />
import type { ApplicationStatus } from '../../api/credit-application.service';
import type { StoredDocument } from './portal-types';
import { disputeCategories } from '../../contracts/dispute.contract';
import { api, ApiProblem, data, h, showWhoAmI } from '../shared/api-client';
import { applyFrame, numberLocale, pageTranslator } from '../shared/page-language';
import { portalMessages, type PortalKey } from './portal.messages';
import './portal.css';

applyFrame('nav.portal');
const t = pageTranslator(portalMessages);
/** An enumeration's value in the page's language (a value the catalogue does not know is shown as it is). */
const named = (prefix: string, value: string): string => {
  const key = `${prefix}.${value}`;
  return key in portalMessages.en ? t(key as PortalKey) : value;
};

const app = document.getElementById('app') as HTMLElement;
const field = (name: string, attributes: Record<string, string | number | boolean> = {}) => h('input', { name, 'data-testid': name, ...attributes });
const select = (name: string, values: readonly string[], prefix?: string) => h('select', { name, 'data-testid': name }, ...values.map((value) => h('option', { value }, prefix ? named(prefix, value) : value)));

const register = {
  name: field('customerName', { size: 38, placeholder: t('register.namePlaceholder') }),
  taxId: field('customerTaxId', { size: 22, placeholder: t('register.taxIdPlaceholder') }),
  industry: field('industry', { size: 24 }),
  industryRisk: select('industryRisk', ['low', 'medium', 'high'], 'risk'),
  contactName: field('contactName', { size: 20 }),
  contactEmail: field('contactEmail', { type: 'email', size: 28 }),
  postalAddress: field('postalAddress', { size: 40 }),
};
const apply = { customerId: field('customerId', { size: 38, placeholder: t('apply.customerPlaceholder') }), requestedLimit: field('requestedLimit', { type: 'number', min: 1, step: '0.01' }), currency: select('currency', ['CNY', 'EUR', 'USD']), urgent: field('urgent', { type: 'checkbox' }) };
const applicationId = field('applicationId', { size: 38, placeholder: t('follow.placeholder') });
const upload = { kind: select('kind', ['contract', 'invoice', 'delivery-note', 'financial-statements'], 'kind'), file: field('file', { type: 'file' }) };
const receipt = { deliveredAt: field('deliveredAt', { type: 'datetime-local' }), goodsConform: field('goodsConform', { type: 'checkbox', checked: true }), receiptNote: field('receiptNote', { size: 40 }) };
const dispute = { receivableId: field('receivableId', { placeholder: t('dispute.invoicePlaceholder') }), disputedAmount: field('disputedAmount', { type: 'number', min: 0.01, step: '0.01' }), disputeCategory: select('disputeCategory', disputeCategories, 'category'), disputeReason: field('disputeReason', { size: 40 }) };
const status = h('div', { class: 'panel', 'data-testid': 'status' }, t('status.none'));
const log = h('ul', { id: 'log', 'data-testid': 'log' });
const button = (id: string, key: PortalKey) => h('button', { 'data-testid': id }, t(key));
const buttons = {
  register: button('register-customer', 'register.button'),
  apply: button('submit-application', 'apply.button'),
  follow: button('follow', 'follow.button'),
  upload: button('upload', 'upload.button'),
  receipt: button('confirm-receipt', 'receipt.button'),
  dispute: button('raise-dispute', 'dispute.button'),
};
const uploaded: StoredDocument[] = [];
const label = (key: PortalKey, input: HTMLElement) => h('label', {}, t(key), input);

app.append(
  h('h1', {}, t('title')),
  h('div', { class: 'forms' },
    h('fieldset', {}, h('legend', {}, t('register.legend')),
      label('register.name', register.name), label('register.taxId', register.taxId),
      label('register.industry', register.industry), label('register.industryRisk', register.industryRisk),
      label('register.contactName', register.contactName), label('register.contactEmail', register.contactEmail),
      label('register.postalAddress', register.postalAddress), buttons.register),
    h('fieldset', {}, h('legend', {}, t('apply.legend')),
      label('apply.customer', apply.customerId), label('apply.limit', apply.requestedLimit),
      label('apply.currency', apply.currency), label('apply.urgent', apply.urgent), buttons.apply),
    h('fieldset', {}, h('legend', {}, t('follow.legend')), label('follow.application', applicationId), buttons.follow),
    h('fieldset', {}, h('legend', {}, t('upload.legend')), label('upload.kind', upload.kind), label('upload.file', upload.file), buttons.upload),
    h('fieldset', {}, h('legend', {}, t('receipt.legend')),
      label('receipt.deliveredAt', receipt.deliveredAt), label('receipt.goodsConform', receipt.goodsConform), label('receipt.note', receipt.receiptNote), buttons.receipt),
    h('fieldset', {}, h('legend', {}, t('dispute.legend')),
      label('dispute.invoice', dispute.receivableId), label('dispute.amount', dispute.disputedAmount), label('dispute.category', dispute.disputeCategory),
      label('dispute.reason', dispute.disputeReason), buttons.dispute)),
  h('h2', {}, t('status.heading')), status,
  h('h2', {}, t('log.heading')), log,
);

function note(parts: Array<string | Node>, ok = true): void {
  log.prepend(h('li', { class: ok ? 'ok' : 'error' }, `${new Date().toLocaleTimeString(numberLocale)} `, ...parts));
}

function explain(error: unknown): Array<string | Node> {
  // the API's own words are shown as they are
  if (error instanceof ApiProblem) {
    return t.parts('log.refused', { status: error.status, detail: data(`${error.detail}${error.fields.length ? ` — ${error.fields.map((f) => `${f.field}: ${f.message}`).join('; ')}` : ''}`) });
  }
  return [error instanceof Error ? error.message : String(error)];
}

function guard(what: PortalKey, action: () => Promise<void>): () => void {
  return () => action().catch((error: unknown) => note([`${t(what)} `, ...explain(error)], false));
}

const chosen = () => applicationId.value.trim();
const offset = (local: string) => new Date(local).toISOString();

function stepLine(application: ApplicationStatus): Array<string | Node> {
  const step = application.currentStep;
  if (!step) return [t('status.starting')];
  return [
    t('status.step', { number: step.number, phase: named('phase', step.phase), name: named('step', String(step.number)) }),
    application.state === 'ACTIVE' ? '' : t('status.ended', { state: named('state', application.state) }),
    ...(application.sideActivities.length ? t.parts('status.also', { activities: data(application.sideActivities.join(', ')) }) : []),
  ];
}

async function showStatus(): Promise<void> {
  const application = await api<ApplicationStatus>(`/api/applications/${chosen()}`);
  const documents = uploaded.filter((d) => d.applicationId === application.id)
    .flatMap((d, index) => [index ? '; ' : '', `${named('kind', d.kind)}: `, data(`${d.fileName} (SHA-256 ${d.sha256.slice(0, 12)}…)`)]).filter((part) => part !== '');
  const tasks = application.openUserTasks.map((task) => `${task.name ?? task.elementId} (${task.candidateGroups.join(', ') || task.assignee})`).join(', ');
  status.replaceChildren(
    h('p', { 'data-testid': 'status-line' }, ...t.parts('status.line', {
      company: data(application.companyName), taxId: data(application.taxId), status: named('application', application.status),
      limit: application.requestedLimit, currency: application.currency, createdAt: data(application.createdAt),
    })),
    h('p', { 'data-testid': 'current-step' }, ...stepLine(application)),
    // task names are the process's own (Chinese with English beside)
    h('p', {}, ...(tasks ? t.parts('status.waiting', { tasks: data(tasks) }) : [t('status.noTask')])),
    h('p', { 'data-testid': 'documents' }, ...(documents.length ? documents : [t('status.noDocuments')])),
  );
}

buttons.register.addEventListener('click', guard('action.registration', async () => {
  const optional = (input: HTMLInputElement) => (input.value.trim() ? input.value.trim() : undefined);
  const created = await api<{ id: string }>('/api/customers', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: {
      name: register.name.value.trim(), taxId: register.taxId.value.trim(), industry: register.industry.value.trim(), industryRisk: register.industryRisk.value,
      contactName: optional(register.contactName), contactEmail: optional(register.contactEmail), postalAddress: optional(register.postalAddress),
    },
  });
  apply.customerId.value = created.id;
  note(t.parts('log.registered', { id: data(created.id) }));
}));
buttons.apply.addEventListener('click', guard('action.application', async () => {
  const created = await api<{ id: string }>('/api/applications', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { customerId: apply.customerId.value.trim(), requestedLimit: Number(apply.requestedLimit.value), currency: apply.currency.value, urgent: apply.urgent.checked },
  });
  applicationId.value = created.id;
  note(t.parts('log.submitted', { id: data(created.id) }));
  await showStatus();
}));
buttons.follow.addEventListener('click', guard('action.status', showStatus));
buttons.upload.addEventListener('click', guard('action.upload', async () => {
  const file = upload.file.files?.[0];
  if (!file) throw new Error(t('error.noFile'));
  const form = new FormData();
  form.set('applicationId', chosen());
  form.set('kind', upload.kind.value);
  form.set('file', file, file.name);
  const stored = await api<StoredDocument>('/api/documents', { method: 'POST', body: form });
  uploaded.push(stored);
  note(t.parts('log.uploaded', { kind: named('kind', stored.kind), file: data(stored.fileName), sha256: data(stored.sha256) }));
  await showStatus();
}));
buttons.receipt.addEventListener('click', guard('action.receipt', async () => {
  await api('/api/events/receipt-confirmed', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { applicationId: chosen(), deliveredAt: offset(receipt.deliveredAt.value), goodsConform: receipt.goodsConform.checked, ...(receipt.receiptNote.value ? { note: receipt.receiptNote.value } : {}) },
  });
  note([t('log.receipt')]);
}));
buttons.dispute.addEventListener('click', guard('action.dispute', async () => {
  await api('/api/events/dispute-raised', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: {
      applicationId: chosen(), disputedAmount: Number(dispute.disputedAmount.value), disputeCategory: dispute.disputeCategory.value, disputeReason: dispute.disputeReason.value,
      ...(dispute.receivableId.value ? { receivableId: dispute.receivableId.value } : {}),
    },
  });
  note([t('log.dispute')]);
}));
guard('action.login', async () => {
  await showWhoAmI();
})();
