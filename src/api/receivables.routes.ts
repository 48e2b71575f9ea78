import { Router } from 'express';
import { z } from 'zod';
import { allowRolesOf } from './auth/basic-auth';
import type { CustomerPositionService } from './customer-position.service';
import { parseOrThrow } from './validation';

const receivableParams = z.object({ id: z.string().regex(/^[0-9A-Za-z-]{4,40}$/, 'the invoice number: 4–40 letters, digits and dashes') });

export function receivablesRoutes(positions: CustomerPositionService): Router {
  const router = Router();
  router.get('/:id/dunning-history', allowRolesOf('GET /api/receivables/:id/dunning-history'), async (request, response) => {
    const { id } = parseOrThrow(receivableParams, request.params, 'receivable');
    response.json(await positions.dunningHistory(id));
  });
  return router;
}
