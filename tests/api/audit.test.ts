import { login } from '../support/local-passwords';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { AuditEventRepository } from '../../src/db/audit-event.repository';
import { registeredCustomer } from '../support/customers';
import { startTestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const run = promisify(execFile);
const verifyCli = () =>
  run(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'src', 'audit', 'audit-verify.cli.ts')], { env: process.env }).then(
    (result) => ({ code: 0, stdout: result.stdout, stderr: result.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

describe('hash-chained audit log', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('when mutating calls are made, allowed or refused, then each is appended with actor, role, result and digest', async () => {
    const audit = new AuditEventRepository(system.db);
    const customerId = await registeredCustomer(() => system.api(), { name: 'Audit Trail Co., Ltd.', taxId: '91110000AUDIT0001X' });
    // the registration's own row is appended as its answer finishes: count from after it
    await waitFor('the registration in the audit log', async () => (await audit.allInOrder()).some((row) => row.action === 'POST /api/customers' && String(row.target).includes(customerId)));
    const before = (await audit.allInOrder()).length;
    const created = await system.api().post('/api/applications').auth(...login('sales.li')).send({ customerId, requestedLimit: 1000 }).expect(201);
    await system.api().post('/api/applications').auth(...login('auditor.sun')).send({ customerId, requestedLimit: 1000 }).expect(403);
    await system.api().post('/api/applications').send({}).expect(401);
    // workers append their decisions too (the case's jobs): look at the API's rows
    const rows = await waitFor('three new audit rows of the API', async () => {
      const fromApi = (await audit.allInOrder()).slice(before).filter((row) => row.role !== 'worker');
      return fromApi.length >= 3 ? fromApi : undefined;
    });
    // appended as each answer finishes, so compare without relying on the order
    expect(rows.map((row) => [row.actor, row.role, row.action, row.result]).sort()).toEqual([
      ['anonymous', 'none', 'POST /api/applications', '401'],
      ['auditor.sun', 'auditor', 'POST /api/applications', '403'],
      ['sales.li', 'sales', 'POST /api/applications', '201'],
    ]);
    const accepted = rows.find((row) => row.result === '201');
    expect(accepted?.target).toBe(`credit_application/${created.body.id}`);
    expect(accepted?.payloadDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(customerId);
  });

  it('when the auditor verifies, then the chain is intact; when one row is edited, then verification fails at that row', async () => {
    const intact = await system.api().get('/api/audit/verification').auth(...login('auditor.sun')).expect(200);
    expect(intact.body).toMatchObject({ intact: true, firstBreak: null });
    expect((await verifyCli()).stdout).toMatch(/^OK: \d+ audit events, chain intact/);

    const rows = await new AuditEventRepository(system.db).allInOrder();
    const victim = rows[Math.floor(rows.length / 2)]!;
    await system.db('audit_event').where({ id: victim.id }).update({ result: '200' === victim.result ? '201' : '200' });
    try {
      const cli = await verifyCli();
      expect(cli).toMatchObject({ code: 1, stderr: '' });
      expect(cli.stdout).toContain(`BROKEN at audit_event id ${victim.id}: hash does not match the row`);
      const broken = await system.api().get('/api/audit/verification').auth(...login('auditor.sun')).expect(200);
      expect(broken.body).toMatchObject({ intact: false, firstBreak: { id: victim.id } });
    } finally {
      await system.db('audit_event').where({ id: victim.id }).update({ result: victim.result });
    }
  });
});
