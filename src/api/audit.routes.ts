import { Router } from 'express';
import { z } from 'zod';
import { firstBreak } from '../audit/audit-chain';
import type { AuditEventRepository } from '../db/audit-event.repository';
import { allowRolesOf } from './auth/basic-auth';
import { parseOrThrow } from './validation';

const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }).strict();

export function auditRoutes(audit: AuditEventRepository): Router {
  const router = Router();
  router.get('/events', allowRolesOf('GET /api/audit/events'), async (request, response) => {
    const { limit } = parseOrThrow(listQuery, request.query, 'query');
    response.json(await audit.latest(limit));
  });
  router.get('/verification', allowRolesOf('GET /api/audit/verification'), async (_request, response) => {
    const rows = await audit.allInOrder();
    const broken = firstBreak(rows);
    response.json({ checked: rows.length, intact: !broken, firstBreak: broken ?? null });
  });
  return router;
}
