import { z, type ZodType } from 'zod';
import { newApplicationSchema } from '../contracts/application-request.contract';
import { businessEvents } from '../contracts/business-events.contract';
import { newCustomerSchema } from '../contracts/customer.contract';
import { engineIdPattern, reverificationSchema } from '../contracts/replay.contract';
import { mailResolutionSchema } from '../contracts/in-doubt-mail.contract';
import { approvalSchema, lintRequestSchema, newDraftSchema } from '../contracts/model-draft.contract';
import { accessTable, type Endpoint } from './auth/access-table';

interface Operation {
  summary: string;
  body?: ZodType;
  idempotent?: boolean;
}

/** What each endpoint does and accepts; the access table adds who may call it. */
const operations: Record<Endpoint, Operation> = {
  'POST /api/customers': { summary: 'Register a customer (409 with existingId when it is a duplicate)', body: newCustomerSchema, idempotent: true },
  'GET /api/customers/:id': { summary: 'Read a customer' },
  'POST /api/applications': { summary: 'Start the credit lifecycle (credit-lifecycle) for a registered customer, normal or urgent: customer facts from its record, history from the receivable ledger, the committee from policy', body: newApplicationSchema, idempotent: true },
  'POST /api/applications/:id/withdrawal': { summary: 'Withdraw an application: its case is cancelled (repeatable; 409 once the case has ended)' },
  'GET /api/customers/:id/credit-file': { summary: 'Credit file: the latest recorded score, reason codes, model version, colour, grade, tier, limit, term and decision, and every case of the customer' },
  'GET /api/customers/:id/related': { summary: 'Related enterprises (parent, subsidiaries, shared shareholders) from the business registry and our own parent links' },
  'GET /api/customers/:id/exposure': { summary: 'Open receivables of the customer and of its group, each with its balance today (principal, late fee, costs, days overdue)' },
  'GET /api/legal-cases': { summary: 'Receivables handed to legal (evidence pack, provision held) and the credit freezes in force' },
  'GET /api/in-doubt-mail': { summary: 'Notices and reminders claimed for sending but never confirmed (a worker died mid-send), older than IN_DOUBT_MAIL_AFTER_SECONDS: each with the Message-ID to look for in the mail server\'s log and the engine task stopped on it' },
  'POST /api/in-doubt-mail/:kind/:id/resolution': { summary: 'Finance records what the mail log shows: SENT (marked sent) or NOT_SENT (claim released, sent once); the stopped engine task is retried. Repeating the same resolution is answered again; another is 409', body: mailResolutionSchema },
  'GET /api/receivables/:id/dunning-history': { summary: 'Notices sent (stage, channel, status) and every contact with its outcome' },
  'GET /api/applications/:id': { summary: 'Read an application with its case: state, current step of the eleven (DOMAIN §1), active elements (called processes included), side activities (dispute, freeze) and open user tasks, from the engine history' },
  'POST /api/documents': { summary: 'Upload a document (multipart/form-data: applicationId, kind, file; PDF/PNG/JPEG/OFD up to 10 MB)' },
  'GET /api/documents/:id': { summary: 'Document metadata with its SHA-256 checksum' },
  'GET /api/documents/:id/content': { summary: 'The stored document, verified against its checksum' },
  'POST /api/events/:event': {
    summary: `Report a business event (${Object.keys(businessEvents).join(', ')}); publishes its lifecycle message once per Idempotency-Key (required)`,
    idempotent: true,
  },
  'GET /api/audit/events': { summary: 'Latest audit events (auditor)' },
  'GET /api/audit/verification': { summary: 'Recompute the audit hash chain (auditor)' },
  'GET /api/me': { summary: 'Who is logged in: username, display name, role' },
  'GET /api/replay/instances': { summary: 'Find process instances in the engine history by processId, period (from, to: start time) and outcome (active, completed, terminated, incident)' },
  'GET /api/replay/instances/:key': { summary: 'One instance (key: its Operaton process instance id): the diagram exactly as deployed, called instances, and the timeline of Operaton\'s history (activities, flows, user tasks with who completed them, decisions, timers, external tasks, incidents, user operations, messages) merged with the audit log, with the state after each step' },
  'POST /api/replay/instances/:key/reverification': { summary: 'Evaluate every recorded decision again with the input values Operaton recorded: mode recorded-version (re-verify against its own decision definition) or latest-version (what-if with today\'s); every difference named', body: reverificationSchema },
  'GET /api/replay/instances/:key/audit-pack': { summary: 'The instance audit pack (format=json or pdf)' },
  'GET /api/dashboard': { summary: 'Managers\' measures for a period (from, to: days), tier, colour, asOf: aging, DSO, overdue ratio, provisions (provision-rate policy), top-5 concentration, customers and open amount per colour, applications, SLA per tier, escalations per level, decisions' },
  'GET /api/dashboard/trend': { summary: 'The same filter measured at the end of every month or week (interval) of the period up to asOf, as the book stood that day: invoices, open amount, aging buckets, overdue amount and ratio, DSO (at most 120 points)' },
  'GET /api/models/processes': { summary: 'Every deployed process version (from the engine\'s repository), newest first' },
  'GET /api/models/processes/:processDefinitionId': { summary: 'The BPMN XML of one deployed process version, exactly as deployed' },
  'POST /api/models/lint': { summary: 'Lint BPMN XML with the deployment gate\'s rules (bpmnlint recommended + camunda-compat for the engine version)', body: lintRequestSchema },
  'POST /api/models/drafts': { summary: 'Save a BPMN draft (with its lint findings); it is deployed only when a second process owner approves', body: newDraftSchema },
  'GET /api/models/drafts': { summary: 'Model drafts, newest first (without XML)' },
  'GET /api/models/drafts/:id': { summary: 'One model draft with its XML' },
  'POST /api/models/drafts/:id/approval': { summary: 'Four eyes: a process owner other than the author approves; the draft is linted and deployed', body: approvalSchema },
};

const problem = { $ref: '#/components/schemas/Problem' };
/** Engine ids in paths: a process instance id (`key`), a process definition id; every other id is a UUID of ours. */
const pathParameterSchemas: Record<string, object> = {
  key: { type: 'string', pattern: engineIdPattern.source, description: 'an Operaton process instance id' },
  processDefinitionId: { type: 'string', description: 'an Operaton process definition id (process:version:id)' },
  kind: { type: 'string', enum: ['dunning-notice', 'customer-reminder'] },
};

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [endpoint, operation] of Object.entries(operations) as Array<[Endpoint, Operation]>) {
    const [method, path] = endpoint.split(' ') as [string, string];
    const openApiPath = path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...path.matchAll(/:(\w+)/g)].map((match) => ({
      name: match[1], in: 'path', required: true, schema: pathParameterSchemas[match[1] as string] ?? { type: 'string', format: 'uuid' },
    }));
    if (operation.idempotent) parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', format: 'uuid' } });
    paths[openApiPath] = {
      ...paths[openApiPath],
      [method.toLowerCase()]: {
        summary: operation.summary,
        description: `Roles: ${accessTable[endpoint].join(', ')}`,
        parameters,
        ...(operation.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(operation.body, { io: 'input' }) } } } } : {}),
        responses: {
          '200': { description: 'OK' },
          '201': { description: 'Created' },
          '400': { description: 'Invalid input, field by field', content: { 'application/problem+json': { schema: problem } } },
          '401': { description: 'Not logged in', content: { 'application/problem+json': { schema: problem } } },
          '403': { description: 'Role not allowed', content: { 'application/problem+json': { schema: problem } } },
          '404': { description: 'Not found', content: { 'application/problem+json': { schema: problem } } },
          '409': { description: 'Conflict (duplicate, idempotency key reuse)', content: { 'application/problem+json': { schema: problem } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Credit lifecycle API', version: '0.1.0' },
    components: {
      securitySchemes: { basic: { type: 'http', scheme: 'basic' } },
      schemas: {
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
    security: [{ basic: [] }],
    paths,
  };
}

export const documentedEndpoints = Object.keys(operations) as Endpoint[];
