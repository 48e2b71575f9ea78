import path from 'node:path';
import { Camunda8 } from '@camunda8/sdk';
import { createCamunda } from '../../src/camunda/camunda-client';
import { deployModels, LintRefusedError, projectModelFiles } from '../../src/camunda/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { loadConfig } from '../../src/config';

describe('deployment gated by bpmnlint', () => {
  let camunda: Camunda8;
  beforeAll(() => {
    camunda = createCamunda(loadConfig().camunda);
  });
  afterAll(async () => {
    await camunda.getZeebeGrpcApiClient().close();
  });

  it('when a model has a lint error, then nothing is deployed and the rule, element and file are named', async () => {
    // given the project's models plus one service task without a job type
    const fixture = path.join(__dirname, '..', 'fixtures', 'lint', 'service-task-without-type.bpmn');
    const zeebe = camunda.getZeebeGrpcApiClient();
    // when the whole set is deployed
    const attempt = deployModels(zeebe, [...projectModelFiles(projectRoot), fixture], projectRoot);
    // then the deployment is refused with a readable finding
    await expect(attempt).rejects.toBeInstanceOf(LintRefusedError);
    const error = (await attempt.catch((caught: unknown) => caught)) as LintRefusedError;
    expect(error.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'tests/fixtures/lint/service-task-without-type.bpmn',
          elementId: 'Task_CheckSomething',
          rule: expect.stringContaining('camunda-compat'),
          category: 'error',
        }),
      ]),
    );
    expect(error.message).toMatch(/service-task-without-type\.bpmn: error .* at Task_CheckSomething/);
    // and the engine does not know the refused process
    await expect(zeebe.createProcessInstance({ bpmnProcessId: 'lint-refused-fixture', variables: {} })).rejects.toThrow(/NOT_FOUND|not found|Expected to find process definition/i);
  });

  it('when every model is clean, then all are deployed in one deployment with their versions', async () => {
    const deployed = await deployModels(camunda.getZeebeGrpcApiClient(), projectModelFiles(projectRoot), projectRoot);
    const expected = projectModelFiles(projectRoot).map((file) => path.basename(file).replace(/\.(bpmn|dmn|form)$/, ''));
    expect(deployed.filter((resource) => resource.kind !== 'decisionRequirements').map((resource) => resource.id).sort()).toEqual(expected.sort());
    expect(deployed.filter((resource) => resource.kind === 'process').map((resource) => resource.id)).toEqual(
      expect.arrayContaining(['credit-application', 'credit-lifecycle', 'green-channel', 'tiered-review', 'dunning', 'legal-escalation', 'portfolio-monitoring']),
    );
    // each .dmn file is one decision requirements graph, named by its definitions id
    expect(deployed.filter((resource) => resource.kind === 'decisionRequirements')).toHaveLength(expected.filter((id) => projectModelFiles(projectRoot).some((file) => file.endsWith(`${id}.dmn`))).length);
    for (const decision of deployed.filter((resource) => resource.kind === 'decision')) expect(decision.file).toBe(`${decision.id}.dmn`);
    for (const resource of deployed) expect(resource.version).toBeGreaterThanOrEqual(1);
  });
});
