import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { createZodJobWorker } from '../../../src/camunda/zod-job-worker';
import {
  accrueLateFeeInputSchema,
  accrueLateFeeOutputSchema,
  applyPaymentInputSchema,
  applyPaymentOutputSchema,
  dunningProcess,
  sendDunningNoticeInputSchema,
  sendDunningNoticeOutputSchema,
} from '../../../src/contracts/dunning.contract';
import type { Logger } from '../../../src/logger';

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * TEST WORKERS for the dunning job types (their real workers are the workers issue's). They check input
 * and output against the contract's zod schemas (via createZodJobWorker), keep their side effects in
 * memory and are idempotent on the same business keys the real ones must use.
 */
export function startDunningTestWorkers(zeebe: ZeebeGrpcClient, logger: Logger) {
  const fees = new Map<string, { lateFee: number; lateFeesTotal: number; feeAccruedThroughDay: number }>();
  const notices = new Map<string, { receivableId: string; stage: string; channel: string; openAmount: number }>();
  const payments = new Map<string, { openAmount: number; amountApplied: number }>();
  const workers = [
    createZodJobWorker(zeebe, {
      taskType: dunningProcess.jobTypes.accrueLateFee,
      inputSchema: accrueLateFeeInputSchema,
      outputSchema: accrueLateFeeOutputSchema,
      logger,
      handler: async (input) => {
        const key = `${input.receivableId}:${input.dunningStage}`;
        const stored = fees.get(key);
        if (stored) return stored;
        const days = Math.max(0, input.daysOverdue - input.feeAccruedThroughDay);
        const lateFee = round2(input.openAmount * input.dailyLateFeeRate * days);
        const result = { lateFee, lateFeesTotal: round2(input.lateFeesTotal + lateFee), feeAccruedThroughDay: Math.max(input.daysOverdue, input.feeAccruedThroughDay) };
        fees.set(key, result);
        return result;
      },
    }),
    createZodJobWorker(zeebe, {
      taskType: dunningProcess.jobTypes.sendDunningNotice,
      inputSchema: sendDunningNoticeInputSchema,
      outputSchema: sendDunningNoticeOutputSchema,
      logger,
      handler: async (input) => {
        const noticeIds = input.contactChannels.map((channel) => {
          const id = `${input.receivableId}:${input.dunningStage}:${channel}`;
          if (!notices.has(id)) notices.set(id, { receivableId: input.receivableId, stage: input.dunningStage, channel, openAmount: input.openAmount });
          return id;
        });
        return { noticeIds };
      },
    }),
    createZodJobWorker(zeebe, {
      taskType: dunningProcess.jobTypes.applyPayment,
      inputSchema: applyPaymentInputSchema,
      outputSchema: applyPaymentOutputSchema,
      logger,
      handler: async (input) => {
        const stored = payments.get(input.paymentReference);
        if (stored) return stored;
        const amountApplied = Math.min(input.paymentAmount, input.openAmount);
        const result = { openAmount: round2(input.openAmount - amountApplied), amountApplied, paidInFull: input.openAmount - amountApplied <= 0 };
        payments.set(input.paymentReference, result);
        return result;
      },
    }),
  ];
  return {
    fees,
    notices,
    payments,
    noticesOf: (receivableId: string) => [...notices.values()].filter((notice) => notice.receivableId === receivableId),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
