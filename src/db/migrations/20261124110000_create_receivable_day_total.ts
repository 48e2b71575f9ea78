import type { Knex } from 'knex';

/**
 * A maintained aggregate of the receivable table per issue day, due day, tier and colour (count,
 * amount, open amount), kept exact by statement-level triggers: the dashboard's totals and aging
 * read a few thousand rows instead of every invoice.
 */
const apply = (name: string, rows: string, sign: '' | '-') => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO receivable_day_total AS t (issued_at, due_at, tier, colour, receivables, amount, open_amount)
    SELECT issued_at, due_at, tier, colour, ${sign}count(*), ${sign}sum(amount), ${sign}sum(open_amount)
    FROM ${rows} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (issued_at, due_at, tier, colour) DO UPDATE
      SET receivables = t.receivables + excluded.receivables, amount = t.amount + excluded.amount, open_amount = t.open_amount + excluded.open_amount;
    RETURN NULL;
  END $$`;

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('receivable_day_total', (table) => {
    table.date('issued_at').notNullable();
    table.date('due_at').notNullable();
    table.text('tier').notNullable();
    table.text('colour').notNullable();
    table.bigInteger('receivables').notNullable();
    table.decimal('amount', 20, 2).notNullable();
    table.decimal('open_amount', 20, 2).notNullable();
    table.primary(['issued_at', 'due_at', 'tier', 'colour']);
  });
  await db.raw(apply('receivable_day_total_add_new', 'new_rows', ''));
  await db.raw(apply('receivable_day_total_remove_old', 'old_rows', '-'));
  await db.raw(`CREATE FUNCTION receivable_day_total_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN TRUNCATE receivable_day_total; RETURN NULL; END $$`);
  await db.raw('CREATE TRIGGER receivable_day_total_insert AFTER INSERT ON receivable REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION receivable_day_total_add_new()');
  await db.raw('CREATE TRIGGER receivable_day_total_update_old AFTER UPDATE ON receivable REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION receivable_day_total_remove_old()');
  await db.raw('CREATE TRIGGER receivable_day_total_update_new AFTER UPDATE ON receivable REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION receivable_day_total_add_new()');
  await db.raw('CREATE TRIGGER receivable_day_total_delete AFTER DELETE ON receivable REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION receivable_day_total_remove_old()');
  await db.raw('CREATE TRIGGER receivable_day_total_truncate AFTER TRUNCATE ON receivable FOR EACH STATEMENT EXECUTE FUNCTION receivable_day_total_truncate()');
  await db.raw(`INSERT INTO receivable_day_total SELECT issued_at, due_at, tier, colour, count(*), sum(amount), sum(open_amount) FROM receivable GROUP BY 1, 2, 3, 4`);
}

export async function down(db: Knex): Promise<void> {
  for (const trigger of ['insert', 'update_old', 'update_new', 'delete', 'truncate']) await db.raw(`DROP TRIGGER receivable_day_total_${trigger} ON receivable`);
  for (const fn of ['add_new', 'remove_old', 'truncate']) await db.raw(`DROP FUNCTION receivable_day_total_${fn}()`);
  await db.schema.dropTable('receivable_day_total');
}
