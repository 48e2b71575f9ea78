import { Router } from 'express';
import { z } from 'zod';
import { newApplicationSchema } from '../contracts/application-request.contract';
import { allowRolesOf } from './auth/basic-auth';
import type { IdempotentRequestRepository } from '../db/idempotent-request.repository';
import type { CreditApplicationService } from './credit-application.service';
import { idempotent } from './idempotency';
import { parseOrThrow } from './validation';

const idParams = z.object({ id: z.string().uuid('must be a UUID') });

export function applicationsRoutes(service: CreditApplicationService, requests: IdempotentRequestRepository): Router {
  const router = Router();
  router.post('/', allowRolesOf('POST /api/applications'), idempotent(requests, 'POST /api/applications', { required: false }), async (request, response) => {
    const input = parseOrThrow(newApplicationSchema, request.body, 'application');
    const application = await service.start(input, new Date(), { idempotencyKey: request.header('idempotency-key') });
    response.locals.auditTarget = `credit_application/${application.id}`;
    response.status(201).location(`/api/applications/${application.id}`).json(application);
  });
  router.post('/:id/withdrawal', allowRolesOf('POST /api/applications/:id/withdrawal'), async (request, response) => {
    const { id } = parseOrThrow(idParams, request.params, 'application id');
    response.locals.auditTarget = `credit_application/${id}`;
    response.json(await service.withdraw(id));
  });
  router.get('/:id', allowRolesOf('GET /api/applications/:id'), async (request, response) => {
    const { id } = parseOrThrow(idParams, request.params, 'application id');
    response.json(await service.status(id));
  });
  return router;
}
