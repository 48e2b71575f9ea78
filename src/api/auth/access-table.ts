import type { Role } from './roles';

/** Which role may call what: the routes read it, the README shows it, a test walks all of it. */
export const accessTable = {
  'POST /api/customers': ['sales', 'credit-analyst', 'credit-manager'],
  'GET /api/customers/:id': ['sales', 'credit-analyst', 'credit-manager', 'committee', 'finance', 'legal', 'auditor'],
  'POST /api/applications': ['sales', 'credit-analyst', 'credit-manager'],
  'POST /api/applications/:id/withdrawal': ['sales', 'credit-analyst', 'credit-manager'],
  'GET /api/customers/:id/credit-file': ['sales', 'credit-analyst', 'credit-manager', 'committee', 'finance', 'legal', 'auditor'],
  'GET /api/customers/:id/related': ['sales', 'credit-analyst', 'credit-manager', 'committee', 'legal', 'auditor'],
  'GET /api/customers/:id/exposure': ['sales', 'credit-analyst', 'credit-manager', 'committee', 'finance', 'legal', 'auditor'],
  'GET /api/legal-cases': ['credit-manager', 'legal', 'finance', 'auditor'],
  'GET /api/in-doubt-mail': ['credit-manager', 'finance', 'auditor'],
  'POST /api/in-doubt-mail/:kind/:id/resolution': ['finance'],
  'GET /api/receivables/:id/dunning-history': ['credit-analyst', 'credit-manager', 'finance', 'legal', 'auditor'],
  'GET /api/applications/:id': ['sales', 'credit-analyst', 'credit-manager', 'committee', 'finance', 'legal', 'auditor'],
  'POST /api/documents': ['sales', 'credit-analyst', 'credit-manager', 'finance'],
  'GET /api/documents/:id': ['sales', 'credit-analyst', 'credit-manager', 'committee', 'finance', 'legal', 'auditor'],
  'GET /api/documents/:id/content': ['sales', 'credit-analyst', 'credit-manager', 'committee', 'finance', 'legal', 'auditor'],
  'POST /api/events/:event': ['sales', 'credit-analyst', 'credit-manager', 'finance', 'legal'],
  'GET /api/audit/events': ['auditor'],
  'GET /api/audit/verification': ['auditor'],
  'GET /api/me': ['sales', 'credit-analyst', 'credit-manager', 'committee', 'finance', 'legal', 'auditor', 'process-owner'],
  'GET /api/replay/instances': ['auditor'],
  'GET /api/replay/instances/:key': ['auditor'],
  'POST /api/replay/instances/:key/reverification': ['auditor'],
  'GET /api/replay/instances/:key/audit-pack': ['auditor'],
  'GET /api/dashboard': ['credit-manager', 'committee', 'finance', 'auditor'],
  'GET /api/dashboard/trend': ['credit-manager', 'committee', 'finance', 'auditor'],
  'GET /api/models/processes': ['process-owner'],
  'GET /api/models/processes/:processDefinitionId': ['process-owner'],
  'POST /api/models/lint': ['process-owner'],
  'POST /api/models/drafts': ['process-owner'],
  'GET /api/models/drafts': ['process-owner'],
  'GET /api/models/drafts/:id': ['process-owner'],
  'POST /api/models/drafts/:id/approval': ['process-owner'],
} as const satisfies Record<string, readonly Role[]>;

export type Endpoint = keyof typeof accessTable;
