import { login, passwordOf } from '../support/local-passwords';
import { z, type ZodType } from 'zod';
import { documentedEndpoints } from '../../src/api/openapi';
import { mailResolutionSchema } from '../../src/contracts/in-doubt-mail.contract';
import { businessEvents } from '../../src/contracts/business-events.contract';
import { newApplicationSchema } from '../../src/contracts/application-request.contract';
import { newCustomerSchema } from '../../src/contracts/customer.contract';
import { reverificationSchema } from '../../src/contracts/replay.contract';
import { approvalSchema, lintRequestSchema, newDraftSchema } from '../../src/contracts/model-draft.contract';
import { engineMessageTable } from '../../src/db/engine-message.repository';
import { registeredCustomer } from '../support/customers';
import { startTestSystem } from '../support/test-system';

interface PropertySchema {
  type?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  enum?: unknown[];
  pattern?: string;
  format?: string;
}

const hostile = [
  "'; DROP TABLE credit_application; --",
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  'null\u0000byte',
  '\u202eevil\u202c',
  '👨‍👩‍👧‍👦'.repeat(3),
  'e\u0301\u0301\u0301',
  '\ufeff\u200b',
  '𠜎𠜱𠝹',
  'Ω≈ç√∫˜µ≤≥÷',
  'ｔｅｓｔ　全角',
  '\r\nSet-Cookie: injected=1',
  '%27%20OR%201=1',
  '{"$gt": ""}',
  'SELECT pg_sleep(10);',
  '\\x00\\xff',
  'A'.repeat(201),
  '\ud800',
  '-- comment',
];
const wrongTypes = [null, true, 42, 'text', [], {}, [1, 2], { nested: { deeper: true } }];

/**
 * Invalid variants of a valid body, derived from the schema's JSON form: every variant breaks at
 * least one rule (a free-text field gets a hostile value only together with a missing required field).
 */
function invalidVariants(valid: Record<string, unknown>, schema: { properties: Record<string, PropertySchema>; required?: string[] }) {
  const variants: unknown[] = [];
  const required = schema.required ?? [];
  const withoutFirstRequired = (body: Record<string, unknown>) => {
    const copy = { ...body };
    delete copy[required[0] as string];
    return copy;
  };
  for (const field of required) {
    const copy = { ...valid };
    delete copy[field];
    variants.push(copy);
  }
  const prototypePolluting = { ...valid };
  // An own "__proto__" key, as a hostile client would send it in JSON.
  Object.defineProperty(prototypePolluting, '__proto__', { value: { admin: true }, enumerable: true });
  variants.push({ ...valid, unexpectedField: 'x' }, prototypePolluting, { ...valid, constructor: { prototype: { polluted: true } } });
  for (const [field, property] of Object.entries(schema.properties)) {
    for (const wrong of wrongTypes) {
      const expected = property.type;
      const sameType = (expected === 'string' && typeof wrong === 'string') || (expected === 'number' && typeof wrong === 'number') || (expected === 'boolean' && typeof wrong === 'boolean');
      variants.push(sameType ? withoutFirstRequired({ ...valid, [field]: wrong }) : { ...valid, [field]: wrong });
    }
    if (property.type === 'string') {
      const constrained = property.pattern !== undefined || property.enum !== undefined || property.format !== undefined;
      for (const value of hostile) variants.push(constrained ? { ...valid, [field]: value } : withoutFirstRequired({ ...valid, [field]: value }));
      if (property.minLength !== undefined) variants.push({ ...valid, [field]: 'x'.repeat(Math.max(0, property.minLength - 1)) });
      variants.push({ ...valid, [field]: 'x'.repeat((property.maxLength ?? 200) + 1) }, { ...valid, [field]: 'y'.repeat(100_000) });
      variants.push({ ...valid, [field]: '' }, { ...valid, [field]: '   ' });
    }
    if (property.type === 'number' || property.type === 'integer' || property.type === 'boolean') {
      for (const value of hostile) variants.push({ ...valid, [field]: value });
    }
    if (property.type === 'number' || property.type === 'integer') {
      const low = property.exclusiveMinimum ?? (property.minimum !== undefined ? property.minimum - 0.5 : -1);
      variants.push({ ...valid, [field]: low }, { ...valid, [field]: -1e308 }, { ...valid, [field]: 1e308 }, { ...valid, [field]: (property.maximum ?? 1e9) + 1 });
      variants.push({ ...valid, [field]: 1.001 }, { ...valid, [field]: '1e3' }, { ...valid, [field]: 'NaN' }, { ...valid, [field]: -0 === 0 ? -1 : 0 });
    }
    if (property.enum) variants.push({ ...valid, [field]: `${String(property.enum[0])}X` }, { ...valid, [field]: String(property.enum[0]).toLowerCase() + 'ü' });
  }
  for (const key of hostile) variants.push({ ...valid, [key]: 'unknown field' });
  const fields = Object.keys(schema.properties);
  for (const first of fields) {
    for (const second of fields) {
      if (first < second) variants.push({ ...valid, [first]: [valid[first]], [second]: { value: valid[second] } });
    }
    variants.push({ ...valid, [first]: [valid[first]] }, { ...valid, [first]: { value: valid[first] } });
  }
  variants.push([], [valid], 'just a string', 12345, null, true);
  return variants;
}

/** Per writing endpoint: who calls it, where, with which schema and a valid body to break. */
const targets: Record<string, { user: string; path: string; schema?: ZodType; valid?: Record<string, unknown> }> = {
  'POST /api/customers': { user: 'sales.li', path: '/api/customers', schema: newCustomerSchema, valid: { name: 'Fuzz Valid Base Co', taxId: '91000000FUZZBASE1', industry: 'retail', industryRisk: 'low' } },
  // customerId: a registered customer, set before the run, so only the schema refuses the variants
  'POST /api/applications': { user: 'sales.li', path: '/api/applications', schema: newApplicationSchema, valid: { customerId: '', requestedLimit: 1000, urgent: true, salesIntentDeadline: 'P30D' } },
  'POST /api/events/:event': {
    user: 'finance.chen', path: '/api/events/payment-received', schema: businessEvents['payment-received'].payload,
    valid: { receivableId: 'INV-FUZZ-1', paymentAmount: 100, paidAt: '2026-11-23T10:00:00Z', paymentReference: 'FUZZ' },
  },
  'POST /api/documents': { user: 'sales.li', path: '/api/documents' },
  'POST /api/applications/:id/withdrawal': { user: 'sales.li', path: '/api/applications/00000000-0000-4000-8000-000000000000/withdrawal' },
  'POST /api/models/lint': { user: 'owner.liu', path: '/api/models/lint', schema: lintRequestSchema, valid: { xml: '<bpmn:definitions/>', fileName: 'fuzz.bpmn' } },
  'POST /api/models/drafts': { user: 'owner.liu', path: '/api/models/drafts', schema: newDraftSchema, valid: { fileName: 'fuzz.bpmn', xml: '<bpmn:definitions/>', comment: 'fuzz base' } },
  'POST /api/models/drafts/:id/approval': { user: 'owner.ma', path: '/api/models/drafts/00000000-0000-4000-8000-000000000000/approval', schema: approvalSchema, valid: {} },
  'POST /api/in-doubt-mail/:kind/:id/resolution': { user: 'finance.chen', path: '/api/in-doubt-mail/dunning-notice/00000000-0000-4000-8000-000000000000/resolution', schema: mailResolutionSchema, valid: { outcome: 'NOT_SENT', note: 'fuzz base' } },
  'POST /api/replay/instances/:key/reverification': { user: 'auditor.sun', path: '/api/replay/instances/1/reverification', schema: reverificationSchema, valid: { mode: 'recorded-version' } },
};

const rawBodies: Array<{ contentType: string; body: string }> = [
  { contentType: 'application/json', body: '{"companyName": "x",' },
  { contentType: 'application/json', body: '{"a":1}{"b":2}' },
  { contentType: 'application/json', body: "{'single': 'quotes'}" },
  { contentType: 'application/json', body: '\u0000\u0001\u0002' },
  { contentType: 'application/json', body: '{"deep":' + '['.repeat(5000) + ']'.repeat(5000) + '}' },
  { contentType: 'application/json', body: JSON.stringify({ blob: 'z'.repeat(300 * 1024) }) },
  { contentType: 'application/json; charset=latin1', body: '{"name":"x"}' },
  { contentType: 'text/plain', body: 'companyName=x' },
  { contentType: 'application/x-www-form-urlencoded', body: 'companyName=x&taxId=y' },
  { contentType: 'application/xml', body: '<application><companyName>x</companyName></application>' },
  { contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--' },
  { contentType: '', body: '{}' },
];

describe('fuzzing the API with invalid input derived from its schemas', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
    (targets['POST /api/applications']?.valid as Record<string, unknown>).customerId = await registeredCustomer(() => system.api(), { name: 'Fuzz Valid Base Co', taxId: '91000000FUZZBASE1' });
  });
  afterAll(async () => {
    await system.close();
  });

  async function businessRowCount(): Promise<number> {
    const counts = await Promise.all(['credit_application', 'customer', 'application_assessment', 'document', 'model_draft', 'dunning_notice', 'contact_log'].map((table) => system.db(table).count<{ count: string }[]>('* as count')));
    return counts.reduce((sum, [row]) => sum + Number(row?.count ?? 0), 0);
  }

  it('when ≥ 500 invalid requests are sent, then every answer is a 4xx problem and no business row is written', async () => {
    const before = await businessRowCount();
    const statuses: number[] = [];
    const fiveHundreds: string[] = [];
    const record = (label: string, status: number, contentType: string | undefined) => {
      statuses.push(status);
      if (status >= 500 || status < 400) fiveHundreds.push(`${label} → ${status}`);
      else expect(contentType).toMatch(/application\/problem\+json/);
    };
    for (const endpoint of documentedEndpoints.filter((candidate) => candidate.startsWith('POST'))) {
      const target = targets[endpoint];
      if (!target) throw new Error(`no fuzz target for ${endpoint}`);
      const { user, path, schema, valid } = target;
      const jsonSchema = schema ? (z.toJSONSchema(schema, { io: 'input' }) as unknown as { properties: Record<string, PropertySchema>; required?: string[] }) : undefined;
      const variants = jsonSchema && valid ? invalidVariants(valid, jsonSchema) : [];
      for (const [index, variant] of variants.entries()) {
        const response = await system.api().post(path).auth(user, passwordOf(user)).set('Idempotency-Key', `fuzz-${endpoint}-${index}`).set('content-type', 'application/json').send(JSON.stringify(variant));
        record(`${endpoint} variant ${index}`, response.status, response.headers['content-type']);
      }
      for (const [index, raw] of rawBodies.entries()) {
        const request = system.api().post(path).auth(user, passwordOf(user)).set('Idempotency-Key', `fuzz-raw-${endpoint}-${index}`);
        if (raw.contentType) request.set('content-type', raw.contentType);
        const response = await request.send(raw.body);
        record(`${endpoint} raw ${index}`, response.status, response.headers['content-type']);
      }
    }
    const hostileIds = ['not-a-uuid', '1', '%00', '..%2F..%2Fetc', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-0000-0000-000000000000', ...hostile.flatMap((value) => { try { return [encodeURIComponent(value)]; } catch { return [value.replace(/[\ud800-\udfff]/g, '%ED%A0%80')]; } })];
    for (const id of hostileIds) {
      for (const resource of ['applications', 'customers']) {
        const response = await system.api().get(`/api/${resource}/${id}`).auth(...login('analyst.wang'));
        record(`GET ${resource}/${id}`, response.status, response.headers['content-type']);
      }
    }
    const after = await businessRowCount();
    const published = await system.db(engineMessageTable).whereLike('message_id', 'payment-received:fuzz-%');
    expect(published).toHaveLength(0);
    const summary = {
      requests: statuses.length,
      status4xx: statuses.filter((status) => status >= 400 && status < 500).length,
      status5xx: statuses.filter((status) => status >= 500).length,
      rowsWritten: after - before,
    };
    console.log(`fuzz: ${JSON.stringify(summary)}`);
    expect(fiveHundreds).toEqual([]);
    expect(summary.requests).toBeGreaterThanOrEqual(500);
    expect(summary.rowsWritten).toBe(0);
  });
});
