import type { Knex } from 'knex';
import { firstBreak } from '../../../src/audit/audit-chain';
import { creditLifecycleProcess } from '../../../src/contracts/credit-lifecycle.contract';
import { AuditEventRepository } from '../../../src/db/audit-event.repository';
import { ReceivableLedgerRepository } from '../../../src/db/receivable-ledger.repository';
import { balanceOf } from '../../../src/domain/dunning/receivable-ledger';
import type { EngineClient } from '../../../src/engine/engine-client';
import type { SmtpListener } from '../../support/smtp-listener';
import type { FaultCase } from './fault-case';
import { provisionDifferences } from './fault-provisions';

export interface FaultFindings {
  cases: number;
  /** Cases not at the lifecycle's end event (EndEvent_TransactionClosed), with where they stand. */
  lost: string[];
  /** Instances still running without an incident after every case ended. */
  stuckWithoutIncident: string[];
  incidents: string[];
  /** Side effects recorded more than once per business key, by kind. */
  duplicates: Record<string, string[]>;
  /** Receivables whose ledger does not reconcile to the cent with what was paid and written off, or whose provision does not (fault-provisions.ts). */
  ledgerDifferences: string[];
  /** The audit chain: rows checked and the first break, if any (the check of `npm run audit:verify`). */
  audit: { rows: number; broken: string | null };
  mails: number;
  sideEffects: Record<string, number>;
  /** The dunning notices (stage/channel/status) by how the cases ended: the ladder each ending went through. */
  noticesByEnding: Record<string, Record<string, number>>;
}

/** Side effects per business key: each query lists the keys recorded more than once. */
const duplicateQueries: Record<string, string> = {
  'dunning notices (receivable, stage, channel)': 'SELECT receivable_id || \' \' || stage || \' \' || channel AS key FROM dunning_notice GROUP BY receivable_id, stage, channel HAVING count(*) > 1',
  'customer reminders (receivable, kind, period)': 'SELECT receivable_id || \' \' || kind || \' \' || period AS key FROM customer_reminder GROUP BY receivable_id, kind, period HAVING count(*) > 1',
  'credit freezes (enterprise)': 'SELECT tax_id AS key FROM credit_freeze GROUP BY tax_id HAVING count(*) > 1',
  'receivables (application)': 'SELECT application_id AS key FROM receivable_ledger GROUP BY application_id HAVING count(*) > 1',
  'ledger postings (receivable, reference)': 'SELECT receivable_id || \' \' || reference AS key FROM receivable_ledger_event GROUP BY receivable_id, reference HAVING count(*) > 1',
  'late fees (receivable, stage)': 'SELECT receivable_id || \' \' || stage AS key FROM receivable_late_fee GROUP BY receivable_id, stage HAVING count(*) > 1',
  'provisions (receivable, kind)': 'SELECT receivable_id || \' \' || kind AS key FROM provision_entry WHERE kind <> \'TOP_UP\' GROUP BY receivable_id, kind HAVING count(*) > 1',
  'legal cases (receivable)': 'SELECT receivable_id AS key FROM legal_case GROUP BY receivable_id HAVING count(*) > 1',
  'archives (receivable)': 'SELECT receivable_id AS key FROM transaction_archive GROUP BY receivable_id HAVING count(*) > 1',
  'shipment holds (application, reason)': 'SELECT application_id || \' \' || reason AS key FROM shipment_hold GROUP BY application_id, reason HAVING count(*) > 1',
  'applications (customer)': 'SELECT customer_id AS key FROM credit_application GROUP BY customer_id HAVING count(*) > 1',
};

const countQueries: Record<string, string> = {
  'dunning notices': 'SELECT count(*) AS n FROM dunning_notice',
  'customer reminders': 'SELECT count(*) AS n FROM customer_reminder',
  'credit freezes': 'SELECT count(*) AS n FROM credit_freeze',
  'ledger postings': 'SELECT count(*) AS n FROM receivable_ledger_event',
  'provision entries': 'SELECT count(*) AS n FROM provision_entry',
  'legal cases': 'SELECT count(*) AS n FROM legal_case',
  'shipment holds': 'SELECT count(*) AS n FROM shipment_hold',
  'audit events': 'SELECT count(*) AS n FROM audit_event',
  'engine messages': 'SELECT count(*) AS n FROM engine_message',
  // a redelivered job that reached the same decision again (same result and payload) — recorded, not asserted
  'worker audit rows repeating a job\'s decision': 'SELECT coalesce(sum(n - 1), 0) AS n FROM (SELECT count(*) AS n FROM audit_event WHERE role = \'worker\' GROUP BY request_id, result, payload_digest) AS repeated',
};

/** The invariants every fault run must keep, measured on the engine, our database and the mail server. */
export async function checkInvariants(input: { cases: FaultCase[]; engine: EngineClient; db: Knex; smtp: SmtpListener }): Promise<FaultFindings> {
  const { cases, engine, db, smtp } = input;
  const lost: string[] = [];
  for (const c of cases) {
    const ended = await engine.get<Array<{ activityId: string }>>('/history/activity-instance', { processInstanceId: c.processInstanceId, activityId: creditLifecycleProcess.elements.transactionClosed, finished: true });
    if (ended.length !== 1) {
      const active = await engine.get<Array<{ activityId: string }>>('/history/activity-instance', { processInstanceId: c.processInstanceId, unfinished: true });
      lost.push(`case ${c.index} (${c.ending}, ${c.applicationId ?? 'never started'}): ${ended.length} ends, at ${active.map((activity) => activity.activityId).join(', ') || 'nothing'}`);
    }
  }
  const incidents = (await engine.get<Array<{ processInstanceId: string; activityId: string; incidentMessage: string | null }>>('/incident', { maxResults: 1000 }))
    .map((incident) => `${incident.processInstanceId} at ${incident.activityId}: ${incident.incidentMessage ?? ''}`.slice(0, 400));
  const withIncident = new Set(incidents.map((line) => line.split(' ')[0]));
  const running = await engine.get<Array<{ id: string; definitionId: string }>>('/process-instance', { maxResults: 10_000 });
  const stuckWithoutIncident = running.filter((instance) => !withIncident.has(instance.id)).map((instance) => `${instance.definitionId.split(':')[0]} ${instance.id}`);

  const duplicates: Record<string, string[]> = {};
  for (const [kind, sql] of Object.entries(duplicateQueries)) {
    const keys = (await db.raw(sql)).rows.map((row: { key: string }) => row.key);
    if (keys.length > 0) duplicates[kind] = keys;
  }
  const mailKeys = new Map<string, number>();
  for (const mail of smtp.received) {
    const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(mail.raw)?.[1] ?? '';
    const key = `${mail.to.join(',')} ${subject.replace(/\r?\n[ \t]/g, '')}`;
    mailKeys.set(key, (mailKeys.get(key) ?? 0) + 1);
  }
  const duplicateMails = [...mailKeys].filter(([, count]) => count > 1).map(([key, count]) => `${count}× ${key.slice(0, 200)}`);
  if (duplicateMails.length > 0) duplicates['e-mails (recipient, subject)'] = duplicateMails;

  const sideEffects: Record<string, number> = { 'e-mails': smtp.received.length, 'SMTP connections broken off': smtp.brokenConnections.length };
  for (const [kind, sql] of Object.entries(countQueries)) sideEffects[kind] = Number((await db.raw(sql)).rows[0].n);

  const noticesByEnding: Record<string, Record<string, number>> = {};
  const endingOf = new Map(cases.map((c) => [c.receivableId, c.ending]));
  for (const notice of await db('dunning_notice').select('receivable_id', 'stage', 'channel', 'status')) {
    const ending = endingOf.get(notice.receivable_id) ?? 'unknown receivable';
    const key = `${notice.stage}/${notice.channel}/${notice.status}`;
    noticesByEnding[ending] = { ...noticesByEnding[ending], [key]: (noticesByEnding[ending]?.[key] ?? 0) + 1 };
  }
  const rows = await new AuditEventRepository(db).allInOrder();
  const broken = firstBreak(rows);
  return {
    cases: cases.length, lost, stuckWithoutIncident, incidents, duplicates,
    ledgerDifferences: [...(await ledgerDifferences(cases, db)), ...(await provisionDifferences(cases, db))],
    audit: { rows: rows.length, broken: broken ? `audit_event ${broken.id}: ${broken.reason}` : null },
    mails: smtp.received.length, sideEffects, noticesByEnding,
  };
}

/**
 * Each receivable to the cent: what the customer paid (as the driver reported it) is what the ledger
 * booked, and on the day the case settled the ledger shows nothing open, or exactly what legal wrote off.
 */
async function ledgerDifferences(cases: FaultCase[], db: Knex): Promise<string[]> {
  const ledger = new ReceivableLedgerRepository(db);
  const differences: string[] = [];
  for (const c of cases) {
    const receivable = await ledger.find(c.receivableId);
    if (!receivable) {
      differences.push(`${c.receivableId}: not in the ledger`);
      continue;
    }
    const events = await ledger.events(c.receivableId);
    const paidCents = events.filter((event) => event.kind === 'payment').reduce((sum, event) => sum + event.amountCents, 0);
    if (paidCents !== c.paidCents) differences.push(`${c.receivableId}: ledger payments ${paidCents} ≠ paid ${c.paidCents}`);
    const legalCase = await db('legal_case').where({ receivable_id: c.receivableId }).first();
    const settledOn = legalCase?.closed_at ? new Date(legalCase.closed_at).toISOString().slice(0, 10) : events.map((event) => event.date).sort().at(-1);
    const open = balanceOf(ledger.termsOf(receivable), events, settledOn as string).totalCents;
    const writtenOff = Number(legalCase?.written_off_cents ?? 0);
    if (open !== writtenOff) differences.push(`${c.receivableId} (${c.ending}): open on ${settledOn} ${open} ≠ written off ${writtenOff}`);
    const expectedStatus = c.ending === 'LEGAL_WRITTEN_OFF' ? 'WRITTEN_OFF' : 'PAID';
    if (receivable.status !== expectedStatus) differences.push(`${c.receivableId}: status ${receivable.status}, expected ${expectedStatus}`);
  }
  return differences;
}
