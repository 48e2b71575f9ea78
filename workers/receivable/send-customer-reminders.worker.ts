import type { z } from 'zod';
import { createZodJobWorker, type JobContext, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { creditLifecycleProcess, emptyOutputSchema, sendPreDueReminderInputSchema, sendReceiptReminderInputSchema } from '../../src/contracts/credit-lifecycle.contract';
import { cycleDays, receiptReminderPeriod } from '../../src/domain/receivable/customer-reminder.rules';
import type { Logger } from '../../src/logger';
import type { CustomerReminderService } from '../../src/receivable/customer-reminder.service';

const { jobTypes, timers } = creditLifecycleProcess;
type Deps = { reminders: Pick<CustomerReminderService, 'remind'> };

/** Goods shipped, receipt unconfirmed: one reminder e-mail per cycle of the model's timer. */
export function sendReceiptReminderHandler(deps: Deps) {
  const cycle = cycleDays(timers.receiptReminderCycle);
  return async (input: z.infer<typeof sendReceiptReminderInputSchema>, job: JobContext) => {
    await deps.reminders.remind({
      kind: 'RECEIPT', period: receiptReminderPeriod(new Date(input.shippedAt), job.engineNow, cycle), customerId: input.customerId, customerTaxId: input.taxId,
      facts: { customerName: input.customerName, receivableId: input.receivableId, shippedOn: input.shippedAt.slice(0, 10) }, actor: `worker:${jobTypes.sendReceiptReminder}`,
    });
    return {};
  };
}

/** Before the due date: one reminder e-mail to plan the payment. */
export function sendPreDueReminderHandler(deps: Deps) {
  return async (input: z.infer<typeof sendPreDueReminderInputSchema>) => {
    await deps.reminders.remind({
      kind: 'PRE_DUE', period: 0, customerId: input.customerId, customerTaxId: input.taxId,
      facts: { customerName: input.customerName, receivableId: input.receivableId, openAmount: input.openAmount, currency: input.invoiceCurrency, dueDate: input.dueDate },
      actor: `worker:${jobTypes.sendPreDueReminder}`,
    });
    return {};
  };
}

type StartDeps = { runtime: WorkerRuntime; reminders: CustomerReminderService; logger: Logger; audit?: WorkerAudit };

export function startSendReceiptReminderWorker(deps: StartDeps) {
  return createZodJobWorker(deps.runtime, {
    taskType: jobTypes.sendReceiptReminder, inputSchema: sendReceiptReminderInputSchema, outputSchema: emptyOutputSchema,
    logger: deps.logger, audit: deps.audit, handler: sendReceiptReminderHandler(deps),
  });
}

export function startSendPreDueReminderWorker(deps: StartDeps) {
  return createZodJobWorker(deps.runtime, {
    taskType: jobTypes.sendPreDueReminder, inputSchema: sendPreDueReminderInputSchema, outputSchema: emptyOutputSchema,
    logger: deps.logger, audit: deps.audit, handler: sendPreDueReminderHandler(deps),
  });
}
