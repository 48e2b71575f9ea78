import { createEngineClient } from '../../src/engine/engine-connection';
import type { EngineClient } from '../../src/engine/engine-client';
import { evaluatePolicyDecision } from '../../src/engine/decision-evaluation';
import { deployModels, projectModelFiles, type DeployedResource } from '../../src/engine/deployment';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { loadConfig } from '../../src/config';
import type { DecisionId, DecisionInput, DecisionOutput } from '../../src/contracts/decisions.contract';
import { InputError } from '../../src/domain/errors';
import { decisionFile, readDecisionModel } from './dmn-model';

/** One row of a decision's case table: the situation, the input, the expected result and the rule that must decide. */
export interface DecisionCase<Id extends DecisionId> {
  when: string;
  given: DecisionInput<Id>;
  then: DecisionOutput<Id>;
  rule: string;
}

/** An input the contract must refuse before the engine is asked, naming the field. */
export interface RefusedInput {
  when: string;
  given: unknown;
  field: string;
  message: RegExp;
}

/**
 * Deploys the project's models to the test engine and evaluates the decision there for every
 * case. The deployed version is pinned by its decision definition id, so a colleague deploying the
 * same decision id to the shared test engine cannot change what these tests evaluate.
 */
export function describePolicyDecision<Id extends DecisionId>(decisionId: Id, table: { cases: DecisionCase<Id>[]; refused: RefusedInput[] }): void {
  describe(`policy decision ${decisionId} on the engine`, () => {
    let engine: EngineClient;
    let deployed: DeployedResource;

    beforeAll(async () => {
      engine = createEngineClient(loadConfig().engine);
      const resources = await deployModels(engine, projectModelFiles(projectRoot), projectRoot);
      const decision = resources.find((resource) => resource.kind === 'decision' && resource.id === decisionId);
      if (!decision) throw new Error(`decision ${decisionId} was not deployed`);
      deployed = decision;
    });

    it.each(table.cases)('when $when, then $rule decides', async ({ given, then, rule }) => {
      // given the deployed decision table and the case's input
      // when the engine evaluates the decision
      const result = await evaluatePolicyDecision(engine, decisionId, given, { decisionDefinitionId: deployed.definitionId });
      // then the expected rule alone decides, with the expected result, and the policy version is named
      expect(result.matchedRuleIds).toEqual([rule]);
      expect(result.output).toEqual(then);
      expect(result).toMatchObject({ decisionId, decisionDefinitionId: deployed.definitionId, decisionVersion: deployed.version });
    });

    it('when the case table is held against the decision table, then every rule fires in at least one case', async () => {
      // given the rules of the .dmn file
      const [decision] = (await readDecisionModel(decisionFile(decisionId))).decisions;
      // when the rules the cases expect are collected
      const expected = new Set(table.cases.map((row) => row.rule));
      // then they are exactly the table's rules
      expect([...expected].sort()).toEqual([...(decision?.ruleIds ?? [])].sort());
    });

    it.each(table.refused)('when $when, then the input is refused with a readable message naming $field', async ({ given, field, message }) => {
      // given an input outside the contract
      // when it is evaluated
      const attempt = evaluatePolicyDecision(engine, decisionId, given as DecisionInput<Id>, { decisionDefinitionId: deployed.definitionId });
      // then the contract refuses it before the engine is asked, naming the field and the problem
      await expect(attempt).rejects.toBeInstanceOf(InputError);
      const error = (await attempt.catch((caught: unknown) => caught)) as InputError;
      expect(error.fields).toEqual(expect.arrayContaining([{ field, message: expect.stringMatching(message) }]));
      expect(error.message).toContain(`Input of decision ${decisionId} is not valid: `);
      expect(error.message).toContain(field);
    });
  });
}
