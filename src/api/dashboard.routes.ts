import { Router } from 'express';
import { dashboardQuerySchema, dashboardTrendQuerySchema } from '../contracts/dashboard.contract';
import { allowRolesOf } from './auth/basic-auth';
import type { DashboardService } from './dashboard.service';
import { parseOrThrow } from './validation';

export function dashboardRoutes(service: DashboardService): Router {
  const router = Router();
  router.get('/', allowRolesOf('GET /api/dashboard'), async (request, response) => {
    response.json(await service.figures(parseOrThrow(dashboardQuerySchema, request.query, 'dashboard filter')));
  });
  router.get('/trend', allowRolesOf('GET /api/dashboard/trend'), async (request, response) => {
    response.json(await service.trend(parseOrThrow(dashboardTrendQuerySchema, request.query, 'dashboard trend filter')));
  });
  return router;
}
