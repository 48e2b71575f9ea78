import type { Knex } from 'knex';
import type { LintFinding } from '../engine/model-lint';

export const modelDraftTable = 'model_draft';

export interface ModelDraft {
  id: string;
  bpmnProcessId: string;
  fileName: string;
  xml: string;
  sha256: string;
  baseProcessDefinitionId: string | null;
  comment: string;
  lintFindings: LintFinding[];
  author: string;
  createdAt: string;
  status: 'PENDING' | 'DEPLOYED';
  approvedBy: string | null;
  approvedAt: string | null;
  deployedProcessDefinitionId: string | null;
  deployedVersion: number | null;
}

interface ModelDraftRow {
  id: string;
  bpmn_process_id: string;
  file_name: string;
  xml: string;
  sha256: string;
  base_process_definition_id: string | null;
  comment: string;
  lint_findings: LintFinding[];
  author: string;
  created_at: Date;
  status: 'PENDING' | 'DEPLOYED';
  approved_by: string | null;
  approved_at: Date | null;
  deployed_process_definition_id: string | null;
  deployed_version: number | null;
}

const mapRow = (row: ModelDraftRow): ModelDraft => ({
  id: row.id,
  bpmnProcessId: row.bpmn_process_id,
  fileName: row.file_name,
  xml: row.xml,
  sha256: row.sha256,
  baseProcessDefinitionId: row.base_process_definition_id,
  comment: row.comment,
  lintFindings: row.lint_findings,
  author: row.author,
  createdAt: row.created_at.toISOString(),
  status: row.status,
  approvedBy: row.approved_by,
  approvedAt: row.approved_at ? row.approved_at.toISOString() : null,
  deployedProcessDefinitionId: row.deployed_process_definition_id,
  deployedVersion: row.deployed_version,
});

export class ModelDraftRepository {
  constructor(private readonly db: Knex) {}

  async insert(draft: Omit<ModelDraft, 'createdAt' | 'status' | 'approvedBy' | 'approvedAt' | 'deployedProcessDefinitionId' | 'deployedVersion'>): Promise<ModelDraft> {
    const [row] = await this.db<ModelDraftRow>(modelDraftTable)
      .insert({
        id: draft.id,
        bpmn_process_id: draft.bpmnProcessId,
        file_name: draft.fileName,
        xml: draft.xml,
        sha256: draft.sha256,
        base_process_definition_id: draft.baseProcessDefinitionId,
        comment: draft.comment,
        lint_findings: JSON.stringify(draft.lintFindings) as unknown as LintFinding[],
        author: draft.author,
        status: 'PENDING',
      })
      .returning('*');
    return mapRow(row as ModelDraftRow);
  }

  async findById(id: string): Promise<ModelDraft | undefined> {
    const row = await this.db<ModelDraftRow>(modelDraftTable).where({ id }).first();
    return row ? mapRow(row) : undefined;
  }

  /** Newest first, without the XML (the list stays small). */
  async list(limit = 100): Promise<Array<Omit<ModelDraft, 'xml'>>> {
    const rows = await this.db<ModelDraftRow>(modelDraftTable).orderBy('created_at', 'desc').limit(limit);
    return rows.map(mapRow).map(({ xml: _xml, ...draft }) => draft);
  }

  /** Marks a pending draft deployed; false when someone else got there first. */
  async markDeployed(id: string, approval: { approvedBy: string; processDefinitionId: string; version: number }): Promise<boolean> {
    const updated = await this.db<ModelDraftRow>(modelDraftTable)
      .where({ id, status: 'PENDING' })
      .update({
        status: 'DEPLOYED',
        approved_by: approval.approvedBy,
        approved_at: new Date(),
        deployed_process_definition_id: approval.processDefinitionId,
        deployed_version: approval.version,
      });
    return updated === 1;
  }
}
