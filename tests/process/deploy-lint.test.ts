import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { EngineRestError, type EngineClient } from '../../src/engine/engine-client';
import { createEngineClient } from '../../src/engine/engine-connection';
import { deployModels, deployResources, LintRefusedError, projectDeploymentName, projectModelFiles } from '../../src/engine/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';

const lintFixture = (name: string) => path.join(__dirname, '..', 'fixtures', 'lint', name);
const modelId = (file: string) => path.basename(file).replace(/\.(bpmn|dmn|form)$/, '');

describe('deployment gated by bpmnlint (Operaton dialect)', () => {
  let engine: EngineClient;
  beforeAll(() => {
    engine = createEngineClient(loadConfig().engine);
  });

  const deploymentCount = async () => (await engine.get<{ count: number }>('/deployment/count', { name: projectDeploymentName })).count;
  const knowsProcess = (key: string) => engine.get(`/process-definition/key/${key}`).then(() => true, (error: EngineRestError) => (error.status === 404 ? false : Promise.reject(error)));

  it('when a model has a lint error, then nothing is deployed and the rule, element and file are named', async () => {
    // given the project's models plus a decision gateway with a route that has no condition
    const before = await deploymentCount();
    // when the whole set is deployed
    const attempt = deployModels(engine, [...projectModelFiles(projectRoot), lintFixture('route-without-condition.bpmn')], projectRoot);
    // then the deployment is refused with a readable finding
    const error = (await attempt.catch((caught: unknown) => caught)) as LintRefusedError;
    expect(error).toBeInstanceOf(LintRefusedError);
    expect(error.findings).toEqual([
      { file: 'tests/fixtures/lint/route-without-condition.bpmn', rule: 'conditional-flows', elementId: 'Flow_Reject', message: 'Sequence flow is missing condition', category: 'error' },
    ]);
    expect(error.message).toBe(
      'Deployment refused: bpmnlint reports 1 error(s):\ntests/fixtures/lint/route-without-condition.bpmn: error conditional-flows at Flow_Reject: Sequence flow is missing condition',
    );
    // and the engine got nothing: neither the refused process nor a new deployment of the others
    expect(await knowsProcess('lint-refused-route')).toBe(false);
    expect(await deploymentCount()).toBe(before);
  });

  it('when a service task has no implementation, then our lint refuses it before the engine, and the engine itself would refuse it naming the file and line', async () => {
    const fixture = lintFixture('service-task-without-type.bpmn');
    // camunda-platform-7-24's rules do not see it: the project's own rule does
    const refused = (await deployModels(engine, [fixture], projectRoot, { name: 'lint-fixture', source: 'deploy-lint test' }).catch((caught: unknown) => caught)) as LintRefusedError;
    expect(refused).toBeInstanceOf(LintRefusedError);
    expect(refused.findings).toEqual([expect.objectContaining({ file: 'tests/fixtures/lint/service-task-without-type.bpmn', rule: 'credit-lifecycle/task-implementation', elementId: 'Task_CheckSomething', category: 'error' })]);
    // past the lint (a deployment made some other way), the engine's parser refuses it with a readable message
    const error = (await deployResources(engine, [{ name: 'service-task-without-type.bpmn', content: fs.readFileSync(fixture) }], { name: 'lint-fixture', source: 'deploy-lint test' }).catch((caught: unknown) => caught)) as EngineRestError;
    expect(error).toBeInstanceOf(EngineRestError);
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/Could not parse BPMN process/);
    expect(error.message).toMatch(/One of the attributes 'class', 'delegateExpression', 'type', or 'expression' is mandatory on serviceTask\..*\| resource service-task-without-type\.bpmn \| line 7 \|/s);
    expect(await knowsProcess('lint-refused-fixture')).toBe(false);
  });

  it('when every model is clean, then all are deployed in one deployment; deploying them unchanged again deploys nothing new', async () => {
    const files = projectModelFiles(projectRoot);
    const deployed = await deployModels(engine, files, projectRoot);
    const processes = files.filter((file) => file.endsWith('.bpmn')).map(modelId);
    const decisions = files.filter((file) => file.endsWith('.dmn')).map(modelId);
    expect(deployed.filter((resource) => resource.kind === 'process').map((resource) => resource.id).sort()).toEqual(processes.sort());
    expect(deployed.filter((resource) => resource.kind === 'decision').map((resource) => resource.id).sort()).toEqual(decisions.sort());
    expect(processes).toEqual(expect.arrayContaining(['credit-application', 'credit-lifecycle', 'green-channel', 'tiered-review', 'dunning', 'legal-escalation', 'portfolio-monitoring']));
    expect(new Set(deployed.map((resource) => resource.deploymentId)).size).toBe(1);
    for (const resource of deployed) {
      expect(resource.version).toBeGreaterThanOrEqual(1);
      expect(resource.file).toBe(path.basename(files.find((file) => modelId(file) === resource.id || file.endsWith(resource.file)) as string));
    }
    // the forms are resources of the same deployment, so formRef binding "deployment" finds them
    // (a process owner's approved draft is deployed with them, so the deployment may hold it too)
    const [deploymentId] = new Set(deployed.map((resource) => resource.deploymentId));
    const resources = await engine.get<Array<{ name: string }>>(`/deployment/${deploymentId}/resources`);
    expect(resources.map((resource) => resource.name)).toEqual(expect.arrayContaining(files.map((file) => path.basename(file))));
    for (const form of files.filter((file) => file.endsWith('.form'))) expect(fs.existsSync(form)).toBe(true);

    const again = await deployModels(engine, files, projectRoot);
    expect(new Set(again.map((resource) => resource.deploymentId))).toEqual(new Set([deploymentId]));
    expect(again.map((resource) => `${resource.id}@${resource.version}`).sort()).toEqual(deployed.map((resource) => `${resource.id}@${resource.version}`).sort());
  });
});
