/**
 * Scoring benchmark: `npx tsx bench/scoring.bench.ts [--single N] [--batch N]`.
 * Loads the committed PD model, then scores synthetic customers whose ratios are drawn column
 * by column from real companies of the training files (missing values included) and whose
 * payment behaviour, industry and red flags are random. Prints latency per customer (mean,
 * p50, p99 over single scores), the time of a batch re-score, and memory.
 */
import { performance } from 'node:perf_hooks';
import type { RiskLevel, ScoreCustomerInput } from '../src/contracts/scoring.contract';
import { creditDataFiles, readCreditData } from '../src/domain/scoring/credit-data';
import { assessCustomer } from '../src/domain/scoring/customer-assessment';
import { loadPdModel, predictPd, toFeatureRow } from '../src/domain/scoring/pd-model';
import { SeededRandom } from '../src/domain/scoring/seeded-random';
import { runBench } from './bench-common';

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const levels: RiskLevel[] = ['low', 'medium', 'high'];

function syntheticCustomers(count: number, pool: Float64Array[], random: SeededRandom): ScoreCustomerInput[] {
  const featureCount = pool[0]?.length ?? 0;
  return Array.from({ length: count }, () => ({
    financialRatios: Array.from({ length: featureCount }, (_, f) => {
      const x = (pool[random.integer(0, pool.length - 1)] as Float64Array)[f] as number;
      return Number.isNaN(x) ? null : x;
    }),
    payment: {
      collectionRate: random.next() < 0.1 ? null : 0.6 + 0.4 * random.next(),
      daysOverdue: random.next() < 0.7 ? 0 : random.integer(1, 120),
      yearsOfCooperation: Math.round(random.next() * 100) / 10,
    },
    industryRisk: levels[random.integer(0, 2)] as RiskLevel,
    redFlags: Array.from({ length: random.integer(0, 2) }, (_, i) => ({ code: `flag_${i}`, severity: levels[random.integer(0, 2)] as RiskLevel })),
  }));
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

async function main(): Promise<void> {
  const singles = argument('single', 10_000);
  const batch = argument('batch', 100_000);
  const baseline = process.memoryUsage();
  const loadStarted = performance.now();
  const model = loadPdModel();
  const loadMillis = performance.now() - loadStarted;
  const afterLoad = process.memoryUsage();
  const nodes = model.gbdt.trees.reduce((sum, t) => sum + t.feature.length, 0);
  console.log(`model ${model.version}: ${model.gbdt.trees.length} trees, ${nodes} nodes, loaded and checked in ${loadMillis.toFixed(0)} ms, heap +${mib(afterLoad.heapUsed - baseline.heapUsed)}`);

  const pool = [creditDataFiles.fiveYearTrain, creditDataFiles.oneYear].flatMap((f) => readCreditData(f).dataset.rows);
  const random = new SeededRandom(1);
  const customers = syntheticCustomers(Math.max(singles, 1000), pool, random);

  for (const c of customers.slice(0, 1000)) assessCustomer(model, c); // warm-up
  const latencies = new Float64Array(singles);
  for (let i = 0; i < singles; i += 1) {
    const started = performance.now();
    assessCustomer(model, customers[i] as ScoreCustomerInput);
    latencies[i] = performance.now() - started;
  }
  latencies.sort();
  const mean = latencies.reduce((s, x) => s + x, 0) / singles;
  console.log(`single score (PD + attribution + customer score), ${singles} customers: mean ${(mean * 1000).toFixed(0)} µs, p50 ${(percentile(latencies, 0.5) * 1000).toFixed(0)} µs, p99 ${(percentile(latencies, 0.99) * 1000).toFixed(0)} µs`);

  const pdRows = customers.slice(0, singles).map((c) => toFeatureRow(c.financialRatios));
  const pdStarted = performance.now();
  for (const row of pdRows) predictPd(model, row);
  console.log(`PD only, ${singles} rows: mean ${(((performance.now() - pdStarted) / singles) * 1000).toFixed(0)} µs`);

  const batchInputs = syntheticCustomers(batch, pool, random);
  const beforeBatch = process.memoryUsage();
  const batchStarted = performance.now();
  let green = 0;
  for (const c of batchInputs) if (assessCustomer(model, c).score >= 80) green += 1;
  const batchSeconds = (performance.now() - batchStarted) / 1000;
  console.log(`batch re-score of ${batch} customers: ${batchSeconds.toFixed(1)} s (${Math.round(batch / batchSeconds)} per s, one core); ${green} scored ≥ 80`);
  const end = process.memoryUsage();
  console.log(`memory: rss ${mib(end.rss)} (before batch ${mib(beforeBatch.rss)}), heap used ${mib(end.heapUsed)}, model heap ≈ ${mib(afterLoad.heapUsed - baseline.heapUsed)}`);
}

runBench('scoring', main);
