/**
 * One risk health-check report (DOMAIN §2, the credit investigation's "5+3" checklist and risk radar):
 * the four sources asked (the file-backed sample companies, so no network time is counted), the
 * report built and rendered as the PDF of the case file — what the investigation worker does for a
 * case, without the database write. Prints p50/p99 per report and memory.
 *   npx tsx bench/health-report.bench.ts [--reports 200]
 */
import { performance } from 'node:perf_hooks';
import { buildHealthCheckReport } from '../src/domain/investigation/health-check-report';
import { sampleCompanySources } from '../src/investigation/sample-company-sources';
import { renderReportPdf } from '../src/investigation/report-pdf';
import { latencySummary, megabytes, option, runBench } from './bench-common';

runBench('health-report', async () => {
  const reports = option('--reports', 200);
  const sources = sampleCompanySources();
  const taxId = '91310000SAMPLE0002'; // the risky sample company: lawsuits, guarantees, a pledge — the longest report
  const one = async () => {
    const [registry, litigation, news, bureau, linked] = await Promise.all([
      sources.registry.lookup(taxId), sources.litigation.casesOf(taxId), sources.news.newsAbout(taxId), sources.bureau.reportOn(taxId), sources.registry.linkedTo(taxId),
    ]);
    const report = buildHealthCheckReport({ taxId, companyName: registry?.name ?? taxId, evidence: { registry, litigation, news, bureau }, linked, asOf: new Date(), sources: sources.description });
    return renderReportPdf(report);
  };
  const first = await one(); // fonts loaded once
  const times: number[] = [];
  for (let i = 0; i < reports; i += 1) {
    const t0 = performance.now();
    await one();
    times.push(performance.now() - t0);
  }
  console.log(`health-check report (sources asked, checklist + radar, PDF ${Math.round(first.length / 1024)} KB), ${reports} reports: ${latencySummary(times)}; resident ${megabytes(process.memoryUsage().rss)}`);
});
