/// <reference lib="dom" />
import type { ApplicationStatus } from '../../api/credit-application.service';
import type { StoredDocument } from './portal-types';
import { disputeCategories } from '../../contracts/dispute.contract';
import { api, ApiProblem, h, showWhoAmI } from '../shared/api-client';
import './portal.css';

const app = document.getElementById('app') as HTMLElement;
const field = (name: string, attributes: Record<string, string | number | boolean> = {}) => h('input', { name, 'data-testid': name, ...attributes });
const select = (name: string, values: readonly string[]) => h('select', { name, 'data-testid': name }, ...values.map((value) => h('option', { value }, value)));

const register = {
  name: field('customerName', { size: 38, placeholder: '登记名称 registered name' }),
  taxId: field('customerTaxId', { size: 22, placeholder: '统一社会信用代码 unified social credit code' }),
  industry: field('industry', { size: 24 }),
  industryRisk: select('industryRisk', ['low', 'medium', 'high']),
  contactName: field('contactName', { size: 20 }),
  contactEmail: field('contactEmail', { type: 'email', size: 28 }),
  postalAddress: field('postalAddress', { size: 40 }),
};
const apply = { customerId: field('customerId', { size: 38, placeholder: '已登记客户编号 registered customer id' }), requestedLimit: field('requestedLimit', { type: 'number', min: 1, step: '0.01' }), currency: select('currency', ['CNY', 'EUR', 'USD']), urgent: field('urgent', { type: 'checkbox' }) };
const applicationId = field('applicationId', { size: 38, placeholder: '申请编号 application id' });
const upload = { kind: select('kind', ['contract', 'invoice', 'delivery-note', 'financial-statements']), file: field('file', { type: 'file' }) };
const receipt = { deliveredAt: field('deliveredAt', { type: 'datetime-local' }), goodsConform: field('goodsConform', { type: 'checkbox', checked: true }), receiptNote: field('receiptNote', { size: 40 }) };
const dispute = { receivableId: field('receivableId', { placeholder: '发票号码（可选） invoice number (optional)' }), disputedAmount: field('disputedAmount', { type: 'number', min: 0.01, step: '0.01' }), disputeCategory: select('disputeCategory', disputeCategories), disputeReason: field('disputeReason', { size: 40 }) };
const status = h('div', { class: 'panel', 'data-testid': 'status' }, '尚未选择申请 No application chosen yet.');
const log = h('ul', { id: 'log', 'data-testid': 'log' });
const button = (id: string, text: string) => h('button', { 'data-testid': id }, text);
const buttons = {
  register: button('register-customer', '登记客户 Register customer'),
  apply: button('submit-application', '提交申请 Submit application'),
  follow: button('follow', '查看进度 Show status'),
  upload: button('upload', '上传 Upload'),
  receipt: button('confirm-receipt', '确认签收 Confirm receipt'),
  dispute: button('raise-dispute', '提出异议 Raise dispute'),
};
const uploaded: StoredDocument[] = [];

app.append(
  h('h1', {}, '客户与销售门户 Customer and sales portal'),
  h('div', { class: 'forms' },
    h('fieldset', {}, h('legend', {}, '1. 登记客户 Register a customer'),
      h('label', {}, '公司名称 company name', register.name), h('label', {}, '统一社会信用代码 tax id', register.taxId),
      h('label', {}, '行业 industry', register.industry), h('label', {}, '行业风险 industry risk', register.industryRisk),
      h('label', {}, '联系人 contact', register.contactName), h('label', {}, '联系邮箱 e-mail', register.contactEmail),
      h('label', {}, '邮寄地址 postal address', register.postalAddress), buttons.register),
    h('fieldset', {}, h('legend', {}, '2. 申请授信 Apply for credit'),
      h('label', {}, '客户 customer', apply.customerId), h('label', {}, '申请授信额度 requested limit', apply.requestedLimit),
      h('label', {}, '币种 currency', apply.currency), h('label', {}, '加急申请 urgent', apply.urgent), buttons.apply),
    h('fieldset', {}, h('legend', {}, '3. 跟踪申请 Follow an application'), h('label', {}, '申请 application', applicationId), buttons.follow),
    h('fieldset', {}, h('legend', {}, '4. 上传单据 Upload a document'), h('label', {}, '类型 kind', upload.kind), h('label', {}, 'PDF、PNG、JPEG 或 OFD，最大 10 MB — PDF, PNG, JPEG or OFD up to 10 MB', upload.file), buttons.upload),
    h('fieldset', {}, h('legend', {}, '5. 确认签收 Confirm receipt of the goods'),
      h('label', {}, '送达时间 delivered at', receipt.deliveredAt), h('label', {}, '货物相符 goods conform', receipt.goodsConform), h('label', {}, '备注 note', receipt.receiptNote), buttons.receipt),
    h('fieldset', {}, h('legend', {}, '6. 提出异议 Raise a dispute'),
      h('label', {}, '发票 invoice', dispute.receivableId), h('label', {}, '争议金额 disputed amount', dispute.disputedAmount), h('label', {}, '争议类别 category', dispute.disputeCategory),
      h('label', {}, '理由 reason', dispute.disputeReason), buttons.dispute)),
  h('h2', {}, '进度 Status'), status,
  h('h2', {}, '操作记录 What you did'), log,
);

function note(text: string, ok = true): void {
  log.prepend(h('li', { class: ok ? 'ok' : 'error' }, `${new Date().toLocaleTimeString()} ${text}`));
}

function explain(error: unknown): string {
  if (error instanceof ApiProblem) return `被拒绝 refused (${error.status}): ${error.detail}${error.fields.length ? ` — ${error.fields.map((f) => `${f.field}: ${f.message}`).join('; ')}` : ''}`;
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
    h('p', { 'data-testid': 'status-line' }, `${application.companyName} (${application.taxId}): ${application.status}, 申请 requested ${application.requestedLimit} ${application.currency}, 提交于 submitted ${application.createdAt}`),
    h('p', { 'data-testid': 'current-step' }, application.currentStep
      ? `第 ${application.currentStep.number} 步（共 11 步） Step ${application.currentStep.number} of 11 (${application.currentStep.phase}): ${application.currentStep.name}${application.state === 'ACTIVE' ? '' : ` — case ${application.state.toLowerCase()}`}${application.sideActivities.length ? `; also: ${application.sideActivities.join(', ')}` : ''}`
      : '案件正在启动 The case is starting.'),
    h('p', {}, application.openUserTasks.length ? `等待 Waiting for: ${application.openUserTasks.map((task) => `${task.name ?? task.elementId} (${task.candidateGroups.join(', ') || task.assignee})`).join(', ')}` : '没有等待人工处理的步骤 No step is waiting for a person.'),
    h('p', { 'data-testid': 'documents' }, uploaded.filter((d) => d.applicationId === application.id).map((d) => `${d.kind}: ${d.fileName} (SHA-256 ${d.sha256.slice(0, 12)}…)`).join('; ') || '本次未上传单据 No documents uploaded in this session.'),
  );
}

buttons.register.addEventListener('click', guard('registration', async () => {
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
  note(`客户已登记 customer ${created.id} registered`);
}));
buttons.apply.addEventListener('click', guard('application', async () => {
  const created = await api<{ id: string }>('/api/applications', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { customerId: apply.customerId.value.trim(), requestedLimit: Number(apply.requestedLimit.value), currency: apply.currency.value, urgent: apply.urgent.checked },
  });
  applicationId.value = created.id;
  note(`申请已提交 application ${created.id} submitted`);
  await showStatus();
}));
buttons.follow.addEventListener('click', guard('status', showStatus));
buttons.upload.addEventListener('click', guard('upload', async () => {
  const file = upload.file.files?.[0];
  if (!file) throw new Error('请先选择文件 choose a file first');
  const form = new FormData();
  form.set('applicationId', chosen());
  form.set('kind', upload.kind.value);
  form.set('file', file, file.name);
  const stored = await api<StoredDocument>('/api/documents', { method: 'POST', body: form });
  uploaded.push(stored);
  note(`已上传 ${stored.kind} ${stored.fileName} uploaded (SHA-256 ${stored.sha256})`);
  await showStatus();
}));
buttons.receipt.addEventListener('click', guard('receipt confirmation', async () => {
  await api('/api/events/receipt-confirmed', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { applicationId: chosen(), deliveredAt: offset(receipt.deliveredAt.value), goodsConform: receipt.goodsConform.checked, ...(receipt.receiptNote.value ? { note: receipt.receiptNote.value } : {}) },
  });
  note('已确认签收 receipt confirmed');
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
  note('已提出异议 dispute raised');
}));
guard('login', async () => {
  await showWhoAmI();
})();
