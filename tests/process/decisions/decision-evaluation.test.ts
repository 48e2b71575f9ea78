import { createEngineClient } from '../../../src/engine/engine-connection';
import type { EngineClient } from '../../../src/engine/engine-client';
import { evaluatePolicyDecision, PolicyDecisionError } from '../../../src/engine/decision-evaluation';
import { deployModels, projectModelFiles, type DeployedResource } from '../../../src/engine/deployment';
import { projectRoot } from '../../../src/engine/local/engine-profile';
import { loadConfig } from '../../../src/config';
import { decisionIds } from '../../../src/contracts/decisions.contract';

describe('evaluatePolicyDecision on the engine', () => {
  let engine: EngineClient;
  let deployed: DeployedResource[];
  const deployedDecision = (id: string) => deployed.find((resource) => resource.kind === 'decision' && resource.id === id) as DeployedResource;

  beforeAll(async () => {
    engine = createEngineClient(loadConfig().engine);
    deployed = await deployModels(engine, projectModelFiles(projectRoot), projectRoot);
  });

  it('when a decision is evaluated by id alone, then the latest deployed version decides and is named with its definition id', async () => {
    // given the project's decisions are deployed
    const colourBand = deployedDecision(decisionIds.colourBand);
    // when the colour band is evaluated without a pinned version
    const result = await evaluatePolicyDecision(engine, decisionIds.colourBand, { score: 85 });
    // then the result names the decision and a version at least as new as ours, with the rule that matched
    expect(result.decisionId).toBe(decisionIds.colourBand);
    expect(result.decisionVersion).toBeGreaterThanOrEqual(colourBand.version);
    expect(result.decisionDefinitionId).toMatch(new RegExp(`^${decisionIds.colourBand}:${result.decisionVersion}:`));
    expect(result.output.colour).toBe('green');
    expect(result.matchedRuleIds).toHaveLength(1);
  });

  it('when the pinned definition belongs to another decision, then the result is refused naming both decisions', async () => {
    // given the definition id of the provision-rate decision
    const provisionRate = deployedDecision(decisionIds.provisionRate);
    // when the colour band is evaluated with that definition id
    const attempt = evaluatePolicyDecision(engine, decisionIds.colourBand, { score: 85 }, { decisionDefinitionId: provisionRate.definitionId });
    // then nothing is returned as a colour band
    await expect(attempt).rejects.toThrow(PolicyDecisionError);
    await expect(attempt).rejects.toThrow(`Decision definition ${provisionRate.definitionId} belongs to provision-rate, not to colour-band`);
  });
});
