import { Router } from 'express';
import type { LegalCaseRepository } from '../db/legal-case.repository';
import { allowRolesOf } from './auth/basic-auth';

export function legalCasesRoutes(cases: LegalCaseRepository): Router {
  const router = Router();
  router.get('/', allowRolesOf('GET /api/legal-cases'), async (_request, response) => {
    const [open, freezes] = await Promise.all([cases.cases(), cases.freezes()]);
    response.json({ cases: open, freezes });
  });
  return router;
}
