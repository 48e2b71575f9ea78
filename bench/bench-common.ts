import os from 'node:os';
import { Client } from 'pg';

/** A numeric command-line option (`--name 12`), or the fallback when absent or not a number. */
export function option(name: string, fallback: number, argv = process.argv.slice(2)): number {
  const index = argv.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The p-th percentile (0–100) of ascending values; NaN when there are none. */
export const percentile = (sorted: ArrayLike<number>, p: number): number =>
  sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);

/** p50/p95/p99 of unsorted values in milliseconds, as one line. */
export function latencySummary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms (n=${sorted.length})`;
}

/**
 * The machine's load (1/5/15-minute averages against its cores) at a bench's start and end: a figure
 * measured while other work ran on the machine is recognisable as such.
 */
export function printMachineLoad(bench: string, when: 'start' | 'end'): void {
  const [one, five, fifteen] = os.loadavg().map((value) => value.toFixed(2));
  const cores = os.cpus().length;
  const busy = (os.loadavg()[0] as number) > cores ? ' — BUSY: more runnable work than cores, figures are pessimistic' : '';
  console.log(`[${bench}] machine load at ${when}: ${one} / ${five} / ${fifteen} (1/5/15 min) on ${cores} cores, ${(os.freemem() / 2 ** 30).toFixed(1)} of ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB free${busy}`);
}

/** Runs a bench's main with the load printed around it, and exits with its outcome. */
export function runBench(bench: string, main: () => Promise<void>): void {
  printMachineLoad(bench, 'start');
  main().then(
    () => {
      printMachineLoad(bench, 'end');
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack ?? error.message : error);
      printMachineLoad(bench, 'end');
      process.exit(1);
    },
  );
}

export const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** pg_database_size of each named database on the benches' PostgreSQL, bytes, in the names' order. */
export async function databaseBytes(names: string[], server = { host: '127.0.0.1', port: 5432, user: 'postgres' }): Promise<number[]> {
  const client = new Client({ ...server, database: 'postgres' });
  await client.connect();
  try {
    return await Promise.all(names.map(async (name) => Number((await client.query('SELECT pg_database_size($1) AS size', [name])).rows[0].size)));
  } finally {
    await client.end();
  }
}

/** "name 12 MB, other 3 MB": the databases' sizes as one line. */
export async function databaseSizes(names: string[]): Promise<string> {
  const bytes = await databaseBytes(names);
  return names.map((name, index) => `${name} ${megabytes(bytes[index] as number)}`).join(', ');
}
