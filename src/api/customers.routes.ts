import { Router } from 'express';
import { z } from 'zod';
import { newCustomerSchema } from '../contracts/customer.contract';
import type { IdempotentRequestRepository } from '../db/idempotent-request.repository';
import { allowRolesOf } from './auth/basic-auth';
import type { CustomerPositionService } from './customer-position.service';
import type { CustomerService } from './customer.service';
import { idempotent } from './idempotency';
import { parseOrThrow } from './validation';

const idParams = z.object({ id: z.string().uuid('must be a UUID') });
const asOfQuery = z.object({ asOf: z.string().date('an ISO date, e.g. 2026-11-23').optional() }).strict();

export function customersRoutes(service: CustomerService, positions: CustomerPositionService, requests: IdempotentRequestRepository): Router {
  const router = Router();
  router.post('/', allowRolesOf('POST /api/customers'), idempotent(requests, 'POST /api/customers', { required: false }), async (request, response) => {
    const customer = await service.register(parseOrThrow(newCustomerSchema, request.body, 'customer'));
    response.locals.auditTarget = `customer/${customer.id}`;
    response.status(201).location(`/api/customers/${customer.id}`).json(customer);
  });
  router.get('/:id/credit-file', allowRolesOf('GET /api/customers/:id/credit-file'), async (request, response) => {
    const { id } = parseOrThrow(idParams, request.params, 'customer id');
    response.json(await positions.creditFile(id));
  });
  router.get('/:id/related', allowRolesOf('GET /api/customers/:id/related'), async (request, response) => {
    const { id } = parseOrThrow(idParams, request.params, 'customer id');
    response.json(await positions.related(id));
  });
  router.get('/:id/exposure', allowRolesOf('GET /api/customers/:id/exposure'), async (request, response) => {
    const { id } = parseOrThrow(idParams, request.params, 'customer id');
    const { asOf } = parseOrThrow(asOfQuery, request.query, 'query');
    response.json(await positions.exposure(id, asOf ?? new Date().toISOString().slice(0, 10)));
  });
  router.get('/:id', allowRolesOf('GET /api/customers/:id'), async (request, response) => {
    const { id } = parseOrThrow(idParams, request.params, 'customer id');
    response.json(await service.get(id, request.user!.role));
  });
  return router;
}
