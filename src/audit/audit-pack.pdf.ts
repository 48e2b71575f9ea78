import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { AuditPack } from '../api/replay.service';

const json = (value: unknown) => JSON.stringify(value);

/** A printable audit pack: summary, decision re-verification, timeline; the JSON pack's digest ties the two together. */
export function renderAuditPackPdf(pack: AuditPack): Promise<Buffer> {
  const packDigest = createHash('sha256').update(JSON.stringify(pack), 'utf8').digest('hex');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `Audit pack ${pack.instance.processInstanceId}`, Author: pack.generatedBy } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const { instance, diagram } = pack;
    doc.font('Helvetica-Bold').fontSize(16).text(`Audit pack: process instance ${instance.processInstanceId}`);
    doc.font('Helvetica').fontSize(9).moveDown(0.5);
    doc.text(`Process ${instance.processId} version ${instance.version} (definition ${instance.processDefinitionId}, ${diagram.resourceName}); business key ${instance.businessKey ?? '-'}`);
    doc.text(`State ${instance.state}; started ${instance.startedAt}${instance.startedBy ? ` by ${instance.startedBy}` : ''}; ended ${instance.endedAt ?? '-'}; end event ${instance.endActivityId ?? '-'}; open incidents ${instance.openIncidents}`);
    doc.text(`Diagram SHA-256 ${diagram.sha256}`);
    doc.text(`Generated ${pack.generatedAt} by ${pack.generatedBy}; JSON pack SHA-256 ${packDigest}`);
    doc.text(`Audit chain: ${pack.auditChain.checkedRows} rows checked, ${pack.auditChain.intact ? 'intact' : `BROKEN at ${json(pack.auditChain.firstBreak)}`}`);
    if (pack.children.length > 0) doc.text(`Child instances: ${pack.children.map((child) => `${child.processInstanceId} (${child.processId})`).join(', ')}`);

    doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Decisions re-verified against their recorded version');
    doc.font('Helvetica').fontSize(9);
    if (pack.decisionReverification.length === 0) doc.text('No decisions were evaluated in this instance.');
    for (const check of pack.decisionReverification) {
      doc.text(`${check.decisionId} v${check.recorded.decisionVersion} at ${check.elementId ?? '-'}: ${check.same ? 'same result' : `DIFFERENT in ${check.differences.map((difference) => difference.field).join(', ')}`} (inputs from ${check.inputSource})`);
      doc.text(`  inputs ${json(check.inputs)}; recorded ${json(check.recorded.output)} by rules ${check.recorded.matchedRuleIds.join(', ') || '-'}; now ${json(check.evaluated.output)} by rules ${check.evaluated.matchedRuleIds.join(', ') || '-'}`);
    }

    doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Timeline');
    doc.font('Helvetica').fontSize(8);
    for (const step of pack.timeline) doc.text(`${String(step.index).padStart(3, ' ')}  ${step.at}  [${step.source}] ${step.title}`);

    doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Variables at the end');
    doc.font('Courier').fontSize(8).text(JSON.stringify(pack.finalVariables, null, 2));
    doc.end();
  });
}
