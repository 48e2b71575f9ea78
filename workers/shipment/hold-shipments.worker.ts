import type { z } from 'zod';
import { createZodJobWorker, type JobContext, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { creditLifecycleProcess, holdShipmentsInputSchema, holdShipmentsOutputSchema } from '../../src/contracts/credit-lifecycle.contract';
import type { ShipmentHoldRepository } from '../../src/db/shipment-hold.repository';
import type { Logger } from '../../src/logger';

const unstatedReason = 'credit frozen (no reason given)';

/** The customer's credit was frozen: further shipments are held, once per application and reason. */
export function holdShipmentsHandler(deps: { shipmentHolds: Pick<ShipmentHoldRepository, 'holdOnce'> }) {
  return async (input: z.infer<typeof holdShipmentsInputSchema>, job: JobContext): Promise<z.infer<typeof holdShipmentsOutputSchema>> => {
    await deps.shipmentHolds.holdOnce({ applicationId: input.applicationId, customerId: input.customerId, reason: input.freezeReason?.trim() || unstatedReason, heldAt: job.engineNow.toISOString() });
    return { shipmentsHeld: true };
  };
}

export function startHoldShipmentsWorker(deps: { runtime: WorkerRuntime; shipmentHolds: ShipmentHoldRepository; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: creditLifecycleProcess.jobTypes.holdShipments,
    inputSchema: holdShipmentsInputSchema,
    outputSchema: holdShipmentsOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: holdShipmentsHandler(deps),
  });
}
