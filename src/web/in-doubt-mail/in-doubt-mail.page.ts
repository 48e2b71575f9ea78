/// <reference lib="dom" />
import { api, ApiProblem, data, h, showWhoAmI } from '../shared/api-client';
import { applyFrame, numberLocale, pageTranslator } from '../shared/page-language';
import type { InDoubtOutcome as MailOutcome } from '../../db/in-doubt-mail.repository';
import type { InDoubtMail, MailResolution } from '../../dunning/in-doubt-mail.service';
import { inDoubtMailMessages, type InDoubtMailKey } from './in-doubt-mail.messages';
import './in-doubt-mail.css';

/** What `GET /api/in-doubt-mail` answers. */
interface InDoubtMailList {
  inDoubtAfterSeconds: number;
  mails: InDoubtMail[];
}

applyFrame('nav.in-doubt-mail');
const t = pageTranslator(inDoubtMailMessages);
/** An enumeration's value in the page's language (a value the catalogue does not know is shown as it is). */
const named = (prefix: string, value: string): string | HTMLElement => {
  const key = `${prefix}.${value}`;
  return key in inDoubtMailMessages.en ? t(key as InDoubtMailKey) : data(value);
};

const app = document.getElementById('app') as HTMLElement;
/** Finance resolves; every other role that may see the list sees it read-only. */
let mayResolve = false;
const problem = h('div', { class: 'error', 'data-testid': 'error', hidden: true });
const threshold = h('p', { 'data-testid': 'threshold' });
const readOnly = h('p', { 'data-testid': 'read-only', hidden: true }, t('readOnly'));
const reload = h('button', { class: 'secondary', 'data-testid': 'reload' }, t('reload'));
const listColumns: InDoubtMailKey[] = ['column.kind', 'column.receivable', 'column.customer', 'column.subject', 'column.channel', 'column.address', 'column.messageId', 'column.claimedAt', 'column.error'];
/** The list's columns; finance's have one more, to resolve. */
const columns = () => (mayResolve ? [...listColumns, 'column.resolution' as const] : listColumns);
const head = h('thead', {}, h('tr', {}, ...listColumns.map((key) => h('th', {}, t(key)))));
const rows = h('tbody', { 'data-testid': 'mails' }, h('tr', {}, h('td', { colspan: listColumns.length }, t('loading'))));
const resolvedList = h('ul', { 'data-testid': 'resolved' });
const resolvedSection = h('section', { hidden: true }, h('h2', {}, t('resolved.heading')), resolvedList);
app.append(
  h('h1', {}, t('title')),
  h('p', { class: 'intro', 'data-testid': 'intro' }, t('intro')),
  threshold,
  readOnly,
  problem,
  h('p', {}, reload),
  h('table', { class: 'in-doubt' }, head, rows),
  resolvedSection,
);

/** What went wrong, in the page's language; the server's own words beside, as it said them. */
function explain(what: InDoubtMailKey, error: unknown): HTMLElement {
  if (!(error instanceof ApiProblem)) return h('span', {}, ...t.parts('problem.line', { what: t(what), reason: data(error instanceof Error ? error.message : String(error)) }));
  const statusKey = `problem.${error.status}`;
  const reason = statusKey in inDoubtMailMessages.en ? t(statusKey as InDoubtMailKey) : t('problem.other', { status: error.status });
  const fieldLines = error.fields.map((field) => {
    const key = `field.${field.field}`;
    return h('li', { 'data-field': field.field }, ...(key in inDoubtMailMessages.en ? [t(key as InDoubtMailKey)] : t.parts('field.other', { field: data(field.field), message: data(field.message) })));
  });
  return h('span', {},
    t('problem.line', { what: t(what), reason }),
    fieldLines.length ? h('ul', {}, ...fieldLines) : null,
    h('small', { class: 'detail' }, ...t.parts('problem.detail', { detail: data(error.detail) })));
}

function show(target: HTMLElement, content: Node | null): void {
  target.replaceChildren(...(content ? [content] : []));
  target.hidden = !content;
}

function taskCell(task: InDoubtMail['failedTask']): Node {
  if (!task) return document.createTextNode(t('task.none'));
  // the engine's own error message, as the worker wrote it
  return h('div', {}, h('pre', { translate: 'no' }, task.errorMessage), h('small', {}, ...t.parts('task.instance', { id: data(task.processInstanceId) })));
}

function resolvedLine(mail: InDoubtMail, result: MailResolution): HTMLElement {
  const tasks = result.retriedTasks.length ? t.parts('resolved.tasks', { tasks: data(result.retriedTasks.join(', ')) }) : [t('resolved.noTasks')];
  return h('li', { class: 'ok', 'data-testid': `resolved-${mail.id}`, 'data-outcome': result.outcome },
    ...t.parts('resolved.line', { kind: named('kind', mail.kind), id: data(mail.id), receivable: data(mail.receivableId), outcome: t(`outcome.${result.outcome}`), user: data(result.resolvedBy) }),
    ' ', t(result.outcome === 'SENT' ? 'resolved.sentMeaning' : 'resolved.notSentMeaning'), ' ', ...tasks);
}

function resolutionCell(mail: InDoubtMail): Node {
  const note = h('input', { 'data-testid': `note-${mail.id}`, size: 28, placeholder: t('note.placeholder'), 'aria-label': t('note.label') });
  const message = h('div', { class: 'error', 'data-testid': `row-problem-${mail.id}`, hidden: true });
  const button = (outcome: MailOutcome, testId: string, label: InDoubtMailKey) => h('button', { 'data-testid': `${testId}-${mail.id}`, class: outcome === 'SENT' ? 'secondary' : undefined }, t(label));
  const buttons = [button('SENT', 'resolve-sent', 'resolve.sent'), button('NOT_SENT', 'resolve-not-sent', 'resolve.notSent')] as const;
  const resolve = (outcome: MailOutcome) => async () => {
    for (const b of buttons) b.disabled = true;
    show(message, null);
    try {
      const result = await api<MailResolution>(`/api/in-doubt-mail/${encodeURIComponent(mail.kind)}/${encodeURIComponent(mail.id)}/resolution`, { method: 'POST', body: { outcome, note: note.value.trim() } });
      resolvedSection.hidden = false;
      resolvedList.prepend(resolvedLine(mail, result));
    } catch (error) {
      for (const b of buttons) b.disabled = false;
      if (!(error instanceof ApiProblem && error.status === 404)) {
        show(message, explain('problem.resolve', error));
        return;
      }
      // resolved elsewhere meanwhile: the list shows what stands now, the answer above it (the row is gone)
      await reloadList();
      show(problem, explain('problem.resolve', error));
      return;
    }
    await reloadList();
  };
  buttons[0].addEventListener('click', resolve('SENT'));
  buttons[1].addEventListener('click', resolve('NOT_SENT'));
  return h('div', { class: 'resolve' }, h('label', {}, t('note.label'), note), h('span', { class: 'buttons' }, ...buttons), message);
}

function row(mail: InDoubtMail): HTMLTableRowElement {
  const cells: Array<Node | string> = [
    named('kind', mail.kind),
    data(mail.receivableId),
    h('div', {}, mail.customerName ? data(mail.customerName) : null, h('small', { translate: 'no' }, mail.customerId)),
    named('subject', mail.subject),
    named('channel', mail.channel),
    mail.address ? data(mail.address) : t('address.none'),
    h('code', { translate: 'no', 'data-testid': `message-id-${mail.id}` }, mail.messageId),
    new Date(mail.claimedAt).toLocaleString(numberLocale),
    taskCell(mail.failedTask),
    ...(mayResolve ? [resolutionCell(mail)] : []),
  ];
  return h('tr', { 'data-testid': `mail-${mail.id}`, 'data-kind': mail.kind }, ...cells.map((cell) => h('td', {}, cell)));
}

async function load(): Promise<void> {
  const list = await api<InDoubtMailList>('/api/in-doubt-mail');
  threshold.textContent = t('threshold', { seconds: list.inDoubtAfterSeconds });
  head.replaceChildren(h('tr', {}, ...columns().map((key) => h('th', {}, t(key)))));
  rows.replaceChildren(...(list.mails.length ? list.mails.map(row) : [h('tr', {}, h('td', { colspan: columns().length, 'data-testid': 'empty' }, t('empty')))]));
}

async function reloadList(): Promise<void> {
  show(problem, null);
  await load().catch((error: unknown) => show(problem, explain('problem.load', error)));
}

reload.addEventListener('click', () => void reloadList());
void (async () => {
  try {
    mayResolve = (await showWhoAmI()).role === 'finance';
  } catch (error) {
    show(problem, explain('problem.load', error));
    return;
  }
  readOnly.hidden = mayResolve;
  await reloadList();
})();
