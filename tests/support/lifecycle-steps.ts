import * as contract from '../../src/contracts/credit-lifecycle.contract';
import { engineNow } from './engine-clock';
import type { LifecycleCase } from './lifecycle-case';
import { saleFacts, uploadShippingDocuments } from './lifecycle-shipment';
import type { ShippingDocumentFacts } from './shipping-documents.fixture';

const { elements } = contract.creditLifecycleProcess;

/** The usual way through the lifecycle, one step (or a few) at a time. */
export const steps = {
  async confirmInformation(c: LifecycleCase) {
    await c.completeUserTask(elements.confirmCollectedInformation, contract.confirmCollectedInformationFormSchema, { informationCheck: 'CONFIRMED' });
  },

  async reachSalesIntent(c: LifecycleCase) {
    await steps.confirmInformation(c);
    await c.reached(elements.awaitSalesIntent);
    await c.publish('sales-intent-reached', { applicationId: c.applicationId, note: 'Agreed in principle at the trade fair.' });
    await c.completedOnce(elements.salesIntentReached);
  },

  async signContract(c: LifecycleCase) {
    await c.completeUserTask(elements.signContract, contract.signCreditContractFormSchema, {
      contractNumber: `CS-2026-${c.receivableId.slice(-5)}`,
      contractSignedOn: (await engineNow()).toISOString().slice(0, 10),
      dailyLateFeeRate: 0.0005,
      signedUnderApprovedConditions: true,
    });
  },

  /** Uploads the sale's contract, delivery note and invoice (as they are, unless `documents` changes what they print), then reports the shipment. */
  async shipGoods(c: LifecycleCase, invoiceAmount = 300_000, documents: Partial<ShippingDocumentFacts> = {}) {
    await c.reached(elements.goodsShipped);
    const uploaded = await uploadShippingDocuments(c, { ...(await saleFacts(c, invoiceAmount)), ...documents });
    await c.publish('goods-shipped', {
      applicationId: c.applicationId, shippedAt: (await engineNow()).toISOString(), receivableId: c.receivableId, invoiceAmount, currency: 'CNY',
      deliveryNoteDocumentId: uploaded['delivery-note'], invoiceDocumentId: uploaded.invoice,
    });
    await c.completedOnce(elements.goodsShipped);
  },

  async confirmReceipt(c: LifecycleCase, deliveredAt?: Date) {
    await c.reached(elements.awaitReceiptConfirmation);
    await c.publish('receipt-confirmed', {
      applicationId: c.applicationId, deliveredAt: (deliveredAt ?? (await engineNow())).toISOString(), goodsConform: true,
    });
    await c.completedOnce(elements.computeDueDate);
  },

  /** From a new case to the receivable's term: approved (tiered review), signed, shipped, received. */
  async reachTerm(c: LifecycleCase, invoiceAmount = 300_000) {
    await steps.reachSalesIntent(c);
    await steps.signContract(c);
    await steps.shipGoods(c, invoiceAmount);
    await steps.confirmReceipt(c);
    await c.reached(elements.paymentReceived);
  },

  /** A payment against the invoice, applied to the balance. */
  async pay(c: LifecycleCase, paymentAmount: number, paymentReference: string) {
    const appliedBefore = (await c.completedElements()).filter((id) => id === elements.applyPayment).length;
    await c.reached(elements.paymentReceived);
    await c.publish('payment-received', { receivableId: c.receivableId, paymentAmount, paidAt: (await engineNow()).toISOString(), paymentReference });
    await c.completedOnce(elements.applyPayment, appliedBefore + 1);
  },
};
