import { Router } from 'express';
import { z, type ZodType } from 'zod';
import { businessEventNames, businessEvents, type BusinessEventName } from '../contracts/business-events.contract';
import type { IdempotentRequestRepository } from '../db/idempotent-request.repository';
import { allowRolesOf } from './auth/basic-auth';
import type { BusinessEventService } from './business-event.service';
import { idempotent } from './idempotency';
import { parseOrThrow } from './validation';

const eventParams = z.object({ event: z.enum(businessEventNames as [BusinessEventName, ...BusinessEventName[]], 'not a known business event') });

export function businessEventsRoutes(service: BusinessEventService, requests: IdempotentRequestRepository): Router {
  const router = Router();
  router.post(
    '/:event',
    allowRolesOf('POST /api/events/:event'),
    idempotent(requests, 'POST /api/events/:event', { required: true }),
    async (request, response) => {
      const { event } = parseOrThrow(eventParams, request.params, 'event');
      const schema: ZodType<Record<string, unknown>> = businessEvents[event].payload;
      const payload = parseOrThrow(schema, request.body, `${event} event`);
      const published = await service.publish(event, payload, request.header('idempotency-key') as string);
      response.locals.auditTarget = `event/${event}/${String(payload[businessEvents[event].correlateBy])}`;
      response.status(202).json(published);
    },
  );
  return router;
}
