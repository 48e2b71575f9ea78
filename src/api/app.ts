import express, { type Express } from 'express';
import type { AuditEventRepository } from '../db/audit-event.repository';
import type { IdempotentRequestRepository } from '../db/idempotent-request.repository';
import { InputError } from '../domain/errors';
import type { Logger } from '../logger';
import { applicationsRoutes } from './applications.routes';
import { auditRoutes } from './audit.routes';
import { auditMutations, requestId } from './audit-trail';
import { authenticate, type Authenticator } from './auth/basic-auth';
import type { CreditApplicationService } from './credit-application.service';
import type { CustomerService } from './customer.service';
import type { BusinessEventService } from './business-event.service';
import { businessEventsRoutes } from './business-events.routes';
import type { CustomerPositionService } from './customer-position.service';
import { customersRoutes } from './customers.routes';
import { receivablesRoutes } from './receivables.routes';
import { legalCasesRoutes } from './legal-cases.routes';
import { inDoubtMailRoutes } from './in-doubt-mail.routes';
import type { InDoubtMailService } from '../dunning/in-doubt-mail.service';
import type { LegalCaseRepository } from '../db/legal-case.repository';
import type { DocumentService } from './document.service';
import { documentsRoutes } from './documents.routes';
import { docsPage } from './docs-page';
import { errorHandler } from './error-handler';
import { maxJsonDepth, rejectDeepJson } from './json-depth';
import { createMetrics } from './metrics';
import { openApiDocument } from './openapi';
import { meRoutes } from './me.routes';
import { replayRoutes } from './replay.routes';
import { modelsRoutes } from './models.routes';
import { dashboardRoutes } from './dashboard.routes';
import type { DashboardService } from './dashboard.service';
import type { ModelService } from './model.service';
import type { ReplayService } from './replay.service';
import { webPagesRoutes } from '../web/web-pages';

export interface ApiDependencies {
  applications: CreditApplicationService;
  customers: CustomerService;
  positions: CustomerPositionService;
  legalCases: LegalCaseRepository;
  inDoubtMail: InDoubtMailService;
  documents: DocumentService;
  businessEvents: BusinessEventService;
  idempotentRequests: IdempotentRequestRepository;
  audit: AuditEventRepository;
  replay: ReplayService;
  models: ModelService;
  dashboard: DashboardService;
  authenticator: Authenticator;
  logger: Logger;
}

export function createApp(deps: ApiDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  const metrics = createMetrics();
  app.use(metrics.measure);
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/metrics', metrics.expose);
  const openApi = openApiDocument();
  app.get('/api/openapi.json', (_request, response) => {
    response.json(openApi);
  });
  app.get('/api/docs', (_request, response) => {
    response.type('html').send(docsPage());
  });
  app.use(webPagesRoutes(deps.authenticator));
  app.use(requestId);
  app.use('/api', auditMutations(deps.audit, deps.logger));
  app.use('/api', authenticate(deps.authenticator));
  app.use('/api', (request, _response, next) => {
    // a POST without a body (e.g. …/withdrawal) needs no content type
    const hasBody = ['POST', 'PUT', 'PATCH'].includes(request.method) && request.headers['content-length'] !== '0';
    const isUpload = request.path === '/documents' && request.is('multipart/form-data');
    if (hasBody && !request.is('application/json') && !isUpload) {
      next(new InputError('Send the request body as application/json.', [{ field: '(body)', message: 'content type must be application/json' }]));
      return;
    }
    next();
  });
  app.use(
    '/api',
    express.json({
      limit: '256kb',
      strict: true,
      verify: (request, _response, buffer) => {
        (request as express.Request).rawBody = buffer;
      },
    }),
  );
  app.use('/api', rejectDeepJson(maxJsonDepth));
  app.use('/api/customers', customersRoutes(deps.customers, deps.positions, deps.idempotentRequests));
  app.use('/api/receivables', receivablesRoutes(deps.positions));
  app.use('/api/legal-cases', legalCasesRoutes(deps.legalCases));
  app.use('/api/in-doubt-mail', inDoubtMailRoutes(deps.inDoubtMail));
  app.use('/api/documents', documentsRoutes(deps.documents));
  app.use('/api/events', businessEventsRoutes(deps.businessEvents, deps.idempotentRequests));
  app.use('/api/applications', applicationsRoutes(deps.applications, deps.idempotentRequests));
  app.use('/api/audit', auditRoutes(deps.audit));
  app.use('/api/me', meRoutes());
  app.use('/api/replay', replayRoutes(deps.replay));
  app.use('/api/models', modelsRoutes(deps.models));
  app.use('/api/dashboard', dashboardRoutes(deps.dashboard));
  app.use((_request, response) => {
    response.status(404).type('application/problem+json').json({ type: 'about:blank', status: 404, title: 'Not Found', detail: 'No such resource.' });
  });
  app.use(errorHandler(deps.logger));
  return app;
}
