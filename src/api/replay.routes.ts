import { Router } from 'express';
import { auditPackQuery, instanceSearchSchema, processInstanceIdParams, reverificationSchema } from '../contracts/replay.contract';
import { renderAuditPackPdf } from '../audit/audit-pack.pdf';
import { allowRolesOf } from './auth/basic-auth';
import type { ReplayService } from './replay.service';
import { parseOrThrow } from './validation';

export function replayRoutes(service: ReplayService): Router {
  const router = Router();
  router.get('/instances', allowRolesOf('GET /api/replay/instances'), async (request, response) => {
    const query = parseOrThrow(instanceSearchSchema, request.query, 'instance search');
    response.json(
      await service.search({
        processId: query.processId,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        outcome: query.outcome,
        limit: query.limit,
      }),
    );
  });
  router.get('/instances/:key', allowRolesOf('GET /api/replay/instances/:key'), async (request, response) => {
    const { key } = parseOrThrow(processInstanceIdParams, request.params, 'process instance id');
    response.json(await service.replay(key));
  });
  router.post('/instances/:key/reverification', allowRolesOf('POST /api/replay/instances/:key/reverification'), async (request, response) => {
    const { key } = parseOrThrow(processInstanceIdParams, request.params, 'process instance id');
    const { mode } = parseOrThrow(reverificationSchema, request.body, 'reverification');
    response.locals.auditTarget = `process-instance/${key}/reverification/${mode}`;
    const checks = await service.reverify(key, mode);
    response.json({ processInstanceId: key, mode, checked: checks.length, differing: checks.filter((check) => !check.same).length, checks });
  });
  router.get('/instances/:key/audit-pack', allowRolesOf('GET /api/replay/instances/:key/audit-pack'), async (request, response) => {
    const { key } = parseOrThrow(processInstanceIdParams, request.params, 'process instance id');
    const { format } = parseOrThrow(auditPackQuery, request.query, 'audit pack query');
    const pack = await service.auditPack(key, request.user!.username);
    if (format === 'pdf') {
      response.type('application/pdf').attachment(`audit-pack-${key}.pdf`).send(await renderAuditPackPdf(pack));
      return;
    }
    response.attachment(`audit-pack-${key}.json`).json(pack);
  });
  return router;
}
