import { Router } from 'express';
import { approvalSchema, draftIdParams, lintRequestSchema, newDraftSchema, processDefinitionIdParams } from '../contracts/model-draft.contract';
import { allowRolesOf } from './auth/basic-auth';
import type { ModelService } from './model.service';
import { parseOrThrow } from './validation';

export function modelsRoutes(service: ModelService): Router {
  const router = Router();
  router.get('/processes', allowRolesOf('GET /api/models/processes'), async (_request, response) => {
    response.json(await service.deployedProcesses());
  });
  router.get('/processes/:processDefinitionId', allowRolesOf('GET /api/models/processes/:processDefinitionId'), async (request, response) => {
    const { processDefinitionId } = parseOrThrow(processDefinitionIdParams, request.params, 'process definition id');
    response.json(await service.deployedXml(processDefinitionId));
  });
  router.post('/lint', allowRolesOf('POST /api/models/lint'), async (request, response) => {
    const { xml, fileName } = parseOrThrow(lintRequestSchema, request.body, 'lint request');
    const findings = await service.lint(xml, fileName);
    response.locals.auditTarget = `model-lint/${fileName}`;
    response.json({ errors: findings.filter((f) => f.category === 'error').length, findings });
  });
  router.post('/drafts', allowRolesOf('POST /api/models/drafts'), async (request, response) => {
    const draft = await service.saveDraft(request.user!.username, parseOrThrow(newDraftSchema, request.body, 'draft'));
    response.locals.auditTarget = `model-draft/${draft.id}/${draft.bpmnProcessId}`;
    response.status(201).location(`/api/models/drafts/${draft.id}`).json(draft);
  });
  router.get('/drafts', allowRolesOf('GET /api/models/drafts'), async (_request, response) => {
    response.json(await service.listDrafts());
  });
  router.get('/drafts/:id', allowRolesOf('GET /api/models/drafts/:id'), async (request, response) => {
    const { id } = parseOrThrow(draftIdParams, request.params, 'draft id');
    response.json(await service.draft(id));
  });
  router.post('/drafts/:id/approval', allowRolesOf('POST /api/models/drafts/:id/approval'), async (request, response) => {
    const { id } = parseOrThrow(draftIdParams, request.params, 'draft id');
    parseOrThrow(approvalSchema, request.body ?? {}, 'approval');
    response.locals.auditTarget = `model-draft/${id}/approval`;
    const draft = await service.approve(id, request.user!.username);
    response.locals.auditTarget = `model-draft/${id}/approval/${draft.bpmnProcessId}/v${draft.deployedVersion}/${draft.deployedProcessDefinitionId}`;
    response.json(draft);
  });
  return router;
}
