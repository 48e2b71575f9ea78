import { createHash, randomUUID } from 'node:crypto';
import type { EngineClient } from '../engine/engine-client';
import { deployDraft, LintRefusedError } from '../engine/deployment';
import type { DeployedModelsReader, DeployedProcess } from '../engine/history/deployed-models.reader';
import { lintBpmnXml, type LintFinding } from '../engine/model-lint';
import type { NewDraft } from '../contracts/model-draft.contract';
import type { ModelDraft, ModelDraftRepository } from '../db/model-draft.repository';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../domain/errors';

const processIdOf = (xml: string) => /<(?:\w+:)?process\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];

/** Process owners' models: deployed versions from the engine's repository, drafts, four-eyes deployment. */
export class ModelService {
  constructor(private readonly deps: { deployed: DeployedModelsReader; drafts: ModelDraftRepository; engine: EngineClient }) {}

  deployedProcesses(): Promise<DeployedProcess[]> {
    return this.deps.deployed.deployedProcesses();
  }

  async deployedXml(processDefinitionId: string) {
    const found = await this.deps.deployed.processXml(processDefinitionId);
    if (!found) throw new NotFoundError(`No deployed process definition ${processDefinitionId}.`);
    return { processDefinitionId, ...found };
  }

  lint(xml: string, fileName: string): Promise<LintFinding[]> {
    return lintBpmnXml(xml, fileName);
  }

  async saveDraft(author: string, draft: NewDraft): Promise<ModelDraft> {
    const bpmnProcessId = processIdOf(draft.xml);
    if (!bpmnProcessId) throw new InputError('The draft has no process.', [{ field: 'xml', message: 'no <process id="…"> element' }]);
    if (draft.baseProcessDefinitionId && !(await this.deps.deployed.processXml(draft.baseProcessDefinitionId))) {
      throw new InputError('The base version is unknown.', [{ field: 'baseProcessDefinitionId', message: 'no such deployed process definition' }]);
    }
    const lintFindings = await lintBpmnXml(draft.xml, draft.fileName);
    if (lintFindings.some((finding) => finding.rule === 'parse')) {
      throw new InputError('The draft is not readable as BPMN.', lintFindings.map((finding) => ({ field: 'xml', message: finding.message })));
    }
    return this.deps.drafts.insert({
      id: randomUUID(),
      bpmnProcessId,
      fileName: draft.fileName,
      xml: draft.xml,
      sha256: createHash('sha256').update(draft.xml, 'utf8').digest('hex'),
      baseProcessDefinitionId: draft.baseProcessDefinitionId ?? null,
      comment: draft.comment,
      lintFindings,
      author,
    });
  }

  listDrafts() {
    return this.deps.drafts.list();
  }

  async draft(id: string): Promise<ModelDraft> {
    const draft = await this.deps.drafts.findById(id);
    if (!draft) throw new NotFoundError(`No model draft ${id}.`);
    return draft;
  }

  /**
   * Four eyes: a second process owner approves, and only then is the draft linted (as the
   * deployment gate does) and deployed. The author can never approve their own draft.
   */
  async approve(id: string, approver: string): Promise<ModelDraft> {
    const draft = await this.draft(id);
    if (draft.author === approver) throw new ForbiddenError(`Four eyes: ${approver} wrote this draft and may not approve it; a second process owner must.`);
    if (draft.status !== 'PENDING') throw new ConflictError(`Draft ${id} is already ${draft.status.toLowerCase()} (version ${draft.deployedVersion}).`);
    let deployed;
    try {
      deployed = await deployDraft(this.deps.engine, draft.fileName, draft.xml);
    } catch (error) {
      if (error instanceof LintRefusedError) {
        throw new InputError(`Deployment refused: bpmnlint reports ${error.findings.length} error(s).`, error.findings.map((f) => ({ field: f.elementId || '(file)', message: `${f.rule}: ${f.message}` })));
      }
      const message = (error as Error).message;
      throw new InputError(`The engine refused the deployment: ${message}`, [{ field: 'xml', message }]);
    }
    const marked = await this.deps.drafts.markDeployed(id, { approvedBy: approver, processDefinitionId: deployed.definitionId, version: deployed.version });
    if (!marked) throw new ConflictError(`Draft ${id} was approved by someone else meanwhile.`);
    return this.draft(id);
  }
}
