import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

export const shipmentHoldTable = 'shipment_hold';

export interface ShipmentHold {
  id: string;
  applicationId: string;
  customerId: string;
  reason: string;
  heldAt: string;
}

interface HoldRow {
  id: string;
  application_id: string;
  customer_id: string;
  reason: string;
  held_at: Date;
}

const mapRow = (row: HoldRow): ShipmentHold => ({ id: row.id, applicationId: row.application_id, customerId: row.customer_id, reason: row.reason, heldAt: row.held_at.toISOString() });

/** Further shipments to a customer held because its credit was frozen: once per application and reason. */
export class ShipmentHoldRepository {
  constructor(private readonly db: Knex) {}

  async holdOnce(hold: Omit<ShipmentHold, 'id'>): Promise<ShipmentHold> {
    await this.db(shipmentHoldTable)
      .insert({ id: randomUUID(), application_id: hold.applicationId, customer_id: hold.customerId, reason: hold.reason, held_at: hold.heldAt })
      .onConflict(['application_id', 'reason'])
      .ignore();
    return mapRow((await this.db<HoldRow>(shipmentHoldTable).where({ application_id: hold.applicationId, reason: hold.reason }).first()) as HoldRow);
  }

  async forApplication(applicationId: string): Promise<ShipmentHold[]> {
    return (await this.db<HoldRow>(shipmentHoldTable).where({ application_id: applicationId }).orderBy('held_at')).map(mapRow);
  }
}
