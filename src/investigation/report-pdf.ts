import PDFDocument from 'pdfkit';
import { assertCjkFont, cjkFont } from '../documents/cjk-font';
import type { HealthCheckReport } from '../domain/investigation/health-check-report';

/** The health-check report as a PDF for the case file; the same masked content as the JSON. */
export function renderReportPdf(report: HealthCheckReport): Promise<Buffer> {
  assertCjkFont();
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Risk health check ${report.taxId}`, CreationDate: new Date(report.generatedAt) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(cjkFont.file, cjkFont.family);
  doc.fontSize(16).text('Risk health-check report / 风险体检报告');
  doc.moveDown(0.5).fontSize(10).text(`${report.companyName} — ${report.taxId}`);
  doc.text(`Generated ${report.generatedAt} · policy ${report.policyVersion} · sources: ${report.sources}`);
  doc.text(`Legal representative: ${report.legalRepresentative ?? 'unknown'}`);
  const summary = report.summary;
  doc.moveDown().fontSize(12).text(`Checklist ${summary.checklistPassed ? 'passed' : 'NOT passed'} · red flags ${summary.redFlagCount} · warnings ${summary.warningCount}`);
  doc.moveDown(0.5).fontSize(11).text('5 + 3 checklist');
  for (const entry of report.checklist) doc.fontSize(9).text(`[${entry.status}] ${entry.category} · ${entry.item}: ${entry.finding}`);
  doc.moveDown(0.5).fontSize(11).text('Risk radar');
  if (report.riskRadar.length === 0) doc.fontSize(9).text('no flags');
  for (const flag of report.riskRadar) doc.fontSize(9).text(`${flag.type}: ${flag.detail}`);
  doc.moveDown(0.5).fontSize(11).text('Related enterprises');
  if (report.relatedEnterprises.length === 0) doc.fontSize(9).text('none found');
  for (const enterprise of report.relatedEnterprises) doc.fontSize(9).text(`${enterprise.name} (${enterprise.taxId}) — ${enterprise.relation}`);
  doc.moveDown(0.5).fontSize(11).text('Shareholders');
  for (const holder of report.shareholders) doc.fontSize(9).text(`${holder.name}: ${holder.sharePercent} %`);
  doc.end();
  return done;
}
