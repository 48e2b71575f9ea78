import type { Knex } from 'knex';

/**
 * The daily monitoring's result per customer and business day (DOMAIN.md §3 "dynamic scoring", §4):
 * the score and its model, the colour, the warning, the provision rate and the open amount, the
 * consequences applied, and the provision required and topped up. One row per customer and day;
 * a later run on the same day replaces its result (the latest score of the day counts). The run
 * (its process instance) that wrote it reads its results back from here.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('daily_monitoring_result', (table) => {
    table.text('customer_id').notNullable();
    table.date('business_day').notNullable();
    table.text('monitoring_run_id').notNullable(); // the daily run's process instance id
    table.double('score').notNullable();
    table.text('score_model_version').notNullable();
    table.text('colour').notNullable(); // green, yellow, red
    table.text('warning_level').notNullable(); // NONE, YELLOW, RED
    table.decimal('provision_rate', 6, 4).notNullable();
    table.bigInteger('open_amount_cents').notNullable();
    table.jsonb('consequences').notNullable();
    table.bigInteger('provision_required_cents').nullable();
    table.bigInteger('provision_top_up_cents').nullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    table.timestamp('provisioned_at', { useTz: true }).nullable();
    table.primary(['customer_id', 'business_day']);
    table.index(['monitoring_run_id']);
    table.check("colour in ('green', 'yellow', 'red')", [], 'daily_monitoring_result_colour');
    table.check("warning_level in ('NONE', 'YELLOW', 'RED')", [], 'daily_monitoring_result_warning_level');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('daily_monitoring_result');
}
