import type { Camunda8 } from '@camunda8/sdk';
import { createCamunda } from '../../../src/camunda/camunda-client';
import { evaluatePolicyDecision, PolicyDecisionError } from '../../../src/camunda/decision-evaluation';
import { deployModels, projectModelFiles, type DeployedResource } from '../../../src/camunda/deployment';
import { projectRoot } from '../../../src/engine/local/engine-profile';
import { loadConfig } from '../../../src/config';
import { decisionIds } from '../../../src/contracts/decisions.contract';

describe('evaluatePolicyDecision on the engine', () => {
  let camunda: Camunda8;
  let deployed: DeployedResource[];
  const zeebe = () => camunda.getZeebeGrpcApiClient();
  const deployedDecision = (id: string) => deployed.find((resource) => resource.kind === 'decision' && resource.id === id) as DeployedResource;

  beforeAll(async () => {
    camunda = createCamunda(loadConfig().camunda);
    deployed = await deployModels(zeebe(), projectModelFiles(projectRoot), projectRoot);
  });
  afterAll(async () => {
    await zeebe().close();
  });

  it('when a decision is evaluated by id alone, then the latest deployed version decides and is named with its key', async () => {
    // given the project's decisions are deployed
    const colourBand = deployedDecision(decisionIds.colourBand);
    // when the colour band is evaluated without a pinned version
    const result = await evaluatePolicyDecision(zeebe(), decisionIds.colourBand, { score: 85 });
    // then the result names the decision and a version at least as new as ours
    expect(result.decisionId).toBe(decisionIds.colourBand);
    expect(result.decisionVersion).toBeGreaterThanOrEqual(colourBand.version);
    expect(result.decisionKey).toMatch(/^\d+$/);
    expect(result.output.colour).toBe('green');
  });

  it('when the pinned key belongs to another decision, then the result is refused naming both decisions', async () => {
    // given the key of the provision-rate decision
    const provisionRate = deployedDecision(decisionIds.provisionRate);
    // when the colour band is evaluated with that key
    const attempt = evaluatePolicyDecision(zeebe(), decisionIds.colourBand, { score: 85 }, { decisionKey: provisionRate.key });
    // then nothing is returned as a colour band
    await expect(attempt).rejects.toThrow(PolicyDecisionError);
    await expect(attempt).rejects.toThrow(`Decision key ${provisionRate.key} belongs to provision-rate, not to colour-band`);
  });
});
