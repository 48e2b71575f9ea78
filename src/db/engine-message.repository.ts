import type { Knex } from 'knex';

export const engineMessageTable = 'engine_message';

export type EngineMessageStatus = 'PENDING' | 'DELIVERED' | 'EXPIRED';

export interface EngineMessage {
  messageId: string;
  messageName: string;
  /** The process variable a waiting instance must hold with `correlationValue` (applicationId, receivableId). */
  correlationVariable: string;
  correlationValue: string;
  /** Only instances of this process (BPMN id) receive it; null: any instance holding the variable. */
  correlationProcessId: string | null;
  variables: Record<string, unknown>;
  status: EngineMessageStatus;
  attempts: number;
  lastError: string | null;
  deliveredTo: string[] | null;
  publishedAt: string;
  expiresAt: string;
  deliveredAt: string | null;
}

interface EngineMessageRow {
  message_id: string;
  message_name: string;
  correlation_variable: string;
  correlation_value: string;
  correlation_process_id: string | null;
  variables: Record<string, unknown>;
  status: EngineMessageStatus;
  attempts: number;
  last_error: string | null;
  delivered_to: string[] | null;
  published_at: Date;
  expires_at: Date;
  delivered_at: Date | null;
}

const mapRow = (row: EngineMessageRow): EngineMessage => ({
  messageId: row.message_id,
  messageName: row.message_name,
  correlationVariable: row.correlation_variable,
  correlationValue: row.correlation_value,
  correlationProcessId: row.correlation_process_id,
  variables: row.variables,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  deliveredTo: row.delivered_to,
  publishedAt: row.published_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  deliveredAt: row.delivered_at ? row.delivered_at.toISOString() : null,
});

export class EngineMessageRepository {
  constructor(private readonly db: Knex) {}

  /** Records a message once per id; a second publication of the same id returns the first. */
  async recordOnce(message: Pick<EngineMessage, 'messageId' | 'messageName' | 'correlationVariable' | 'correlationValue' | 'variables'> & { correlationProcessId?: string; expiresAt: Date }): Promise<{ message: EngineMessage; isNew: boolean }> {
    const inserted: EngineMessageRow[] = await this.db(engineMessageTable)
      .insert({
        message_id: message.messageId,
        message_name: message.messageName,
        correlation_variable: message.correlationVariable,
        correlation_value: message.correlationValue,
        correlation_process_id: message.correlationProcessId ?? null,
        variables: JSON.stringify(message.variables),
        status: 'PENDING',
        expires_at: message.expiresAt,
      })
      .onConflict('message_id')
      .ignore()
      .returning('*');
    if (inserted[0]) return { message: mapRow(inserted[0]), isNew: true };
    return { message: (await this.find(message.messageId)) as EngineMessage, isNew: false };
  }

  async find(messageId: string): Promise<EngineMessage | undefined> {
    const row: EngineMessageRow | undefined = await this.db(engineMessageTable).where({ message_id: messageId }).first();
    return row ? mapRow(row) : undefined;
  }

  /** The messages delivered to a process instance, in the order they were delivered (its replay shows them). */
  async deliveredTo(processInstanceId: string): Promise<EngineMessage[]> {
    const rows: EngineMessageRow[] = await this.db(engineMessageTable).where({ status: 'DELIVERED' }).whereRaw('delivered_to @> ?::jsonb', [JSON.stringify([processInstanceId])]).orderBy('delivered_at');
    return rows.map(mapRow);
  }

  /**
   * The pending messages to try next: the least-tried first, then the oldest. Messages no instance
   * will ever wait for (a sender's copy under a second key, an event for a case that moved on) stay
   * pending until they expire; tried oldest-first, a backlog of them larger than `limit` would be
   * tried over and over while a newer message whose case waits by now was never tried again.
   */
  async pendingIds(limit: number): Promise<string[]> {
    const rows: Array<{ message_id: string }> = await this.db(engineMessageTable).where({ status: 'PENDING' }).orderBy([{ column: 'attempts' }, { column: 'published_at' }]).limit(limit).select('message_id');
    return rows.map((row) => row.message_id);
  }

  /**
   * Runs `deliver` on a pending message under a row lock, so that two app processes never deliver
   * the same message at once; a row locked by another is skipped (false), not waited for.
   */
  async withPendingLocked(messageId: string, deliver: (message: EngineMessage, transaction: Knex.Transaction) => Promise<void>): Promise<boolean> {
    return this.db.transaction(async (transaction) => {
      const row: EngineMessageRow | undefined = await transaction(engineMessageTable).where({ message_id: messageId, status: 'PENDING' }).forUpdate().skipLocked().first();
      if (!row) return false;
      await deliver(mapRow(row), transaction);
      return true;
    });
  }

  async markDelivered(transaction: Knex.Transaction, messageId: string, processInstanceIds: string[]): Promise<void> {
    await transaction(engineMessageTable).where({ message_id: messageId }).update({ status: 'DELIVERED', delivered_to: JSON.stringify(processInstanceIds), delivered_at: transaction.fn.now(), attempts: transaction.raw('attempts + 1'), last_error: null });
  }

  async markAttempt(transaction: Knex.Transaction, messageId: string, error: string, expired: boolean): Promise<void> {
    await transaction(engineMessageTable).where({ message_id: messageId }).update({ status: expired ? 'EXPIRED' : 'PENDING', attempts: transaction.raw('attempts + 1'), last_error: error.slice(0, 2000) });
  }
}
