import { z } from 'zod';

const isoDateTime = z.string().datetime({ offset: true, message: 'an ISO 8601 date-time with offset, e.g. 2026-11-23T00:00:00Z' });

/** `GET /api/replay/instances`: find instances by process, period (start time) and outcome. */
export const instanceSearchSchema = z
  .object({
    processId: z.string().trim().regex(/^[A-Za-z_][\w.-]{0,254}$/, 'a BPMN process id').optional(),
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
    outcome: z.enum(['active', 'completed', 'terminated', 'incident']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from < query.to, { message: 'must be after from', path: ['to'] });

/** Operaton's ids: UUIDs by default (the Spring Boot starter's generator), digits with the database id generator. */
export const engineIdPattern = /^(\d{1,19}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const processInstanceIdParams = z.object({ key: z.string().regex(engineIdPattern, 'a process instance id (a UUID)') });

/** `POST /api/replay/instances/:key/reverification`: recorded-version = re-verify, latest-version = what-if. */
export const reverificationSchema = z.object({ mode: z.enum(['recorded-version', 'latest-version']) }).strict();

export const auditPackQuery = z.object({ format: z.enum(['json', 'pdf']).default('json') }).strict();
