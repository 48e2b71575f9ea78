import { Router } from 'express';
import { inDoubtMailParams, mailResolutionSchema } from '../contracts/in-doubt-mail.contract';
import type { InDoubtMailService } from '../dunning/in-doubt-mail.service';
import { allowRolesOf } from './auth/basic-auth';
import { parseOrThrow } from './validation';

export function inDoubtMailRoutes(mails: InDoubtMailService): Router {
  const router = Router();
  router.get('/', allowRolesOf('GET /api/in-doubt-mail'), async (_request, response) => {
    response.json({ inDoubtAfterSeconds: mails.inDoubtAfterSeconds, mails: await mails.list() });
  });
  router.post('/:kind/:id/resolution', allowRolesOf('POST /api/in-doubt-mail/:kind/:id/resolution'), async (request, response) => {
    const { kind, id } = parseOrThrow(inDoubtMailParams, request.params, 'e-mail in doubt');
    const { outcome, note } = parseOrThrow(mailResolutionSchema, request.body, 'resolution');
    response.locals.auditTarget = `${kind}:${id}:${outcome}`;
    response.json(await mails.resolve({ kind, id, outcome, note, actor: request.user?.username ?? 'unknown' }));
  });
  return router;
}
