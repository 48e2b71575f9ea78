import { passwordOf } from '../support/local-passwords';
import fs from 'node:fs';
import path from 'node:path';
import { failsOnPurpose, sharedBpmnFiles, sharedBpmnFolder } from '../support/shared-models';
import { startTestSystem } from '../support/test-system';

const files = sharedBpmnFiles().map((file) => [path.relative(sharedBpmnFolder, file), file] as const);

describe('the shared third-party models through lint, four-eyes draft and deployment', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });
  const as = (username: string) => ({ username, password: passwordOf(username) });

  it('the folder holds both dialects: Operaton / Camunda 7 models to deploy and Camunda 8 ones to refuse', () => {
    expect(files.filter(([, file]) => !failsOnPurpose(file)).length).toBeGreaterThanOrEqual(4);
    expect(files.filter(([, file]) => failsOnPurpose(file)).length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('when %s is linted, drafted and approved, then it deploys exactly when lint finds no error', async (_name, file) => {
    // given the file as a process owner would open it
    const xml = fs.readFileSync(file, 'utf8');
    const fileName = path.basename(file);
    const liu = as('owner.liu');
    const ma = as('owner.ma');
    // when it is linted with the deployment gate's rules
    const lint = await system.api().post('/api/models/lint').auth(liu.username, liu.password).send({ xml, fileName }).expect(200);
    // then exactly the Camunda 8 files fail, and each says why: it is the other dialect
    expect(lint.body.errors > 0).toBe(failsOnPurpose(file));
    const dialect = (lint.body.findings as Array<{ rule: string; message: string }>).filter((finding) => finding.rule === 'credit-lifecycle/execution-platform');
    expect(dialect.map((finding) => finding.message)).toEqual(failsOnPurpose(file) ? [expect.stringMatching(/^A Camunda 8 \(Zeebe.*\) model: Operaton runs Camunda 7 models/)] : []);
    // when one owner drafts it and the other approves
    const draft = await system.api().post('/api/models/drafts').auth(liu.username, liu.password).send({ fileName, xml, comment: `shared model ${fileName}` }).expect(201);
    expect(draft.body.lintFindings.filter((finding: { category: string }) => finding.category === 'error')).toHaveLength(lint.body.errors);
    const approval = await system.api().post(`/api/models/drafts/${draft.body.id}/approval`).auth(ma.username, ma.password).send({});
    if (lint.body.errors > 0) {
      // then a failing model is refused, naming rule and element, and stays a draft
      expect(approval.status).toBe(400);
      expect(approval.body.errors.length).toBe(lint.body.errors);
      expect(approval.body.errors[0].message).toMatch(/^[\w/-]+: /);
      const after = await system.api().get(`/api/models/drafts/${draft.body.id}`).auth(ma.username, ma.password).expect(200);
      expect(after.body.status).toBe('PENDING');
    } else {
      // then a clean model is deployed by the engine, and the engine's repository holds it exactly as drafted
      expect(approval.status).toBe(200);
      expect(approval.body).toMatchObject({ status: 'DEPLOYED', approvedBy: 'owner.ma' });
      expect(approval.body.deployedVersion).toBeGreaterThanOrEqual(1);
      const deployed = await system.api().get(`/api/models/processes/${encodeURIComponent(approval.body.deployedProcessDefinitionId)}`).auth(ma.username, ma.password).expect(200);
      expect(deployed.body.xml).toBe(xml);
    }
  });
});
