import { Router } from 'express';
import { z } from 'zod';
import { newApplicationSchema } from '../contracts/credit-application.contract';
import type { CreditApplicationService } from './credit-application.service';
import { parseOrThrow } from './validation';

const idParams = z.object({ id: z.string().uuid('must be a UUID') });

export function applicationsRoutes(service: CreditApplicationService): Router {
  const router = Router();
  router.post('/', async (request, response) => {
    const input = parseOrThrow(newApplicationSchema, request.body, 'application');
    const application = await service.start(input);
    response.status(201).location(`/api/applications/${application.id}`).json(application);
  });
  router.get('/:id', async (request, response) => {
    const { id } = parseOrThrow(idParams, request.params, 'application id');
    response.json(await service.status(id));
  });
  return router;
}
