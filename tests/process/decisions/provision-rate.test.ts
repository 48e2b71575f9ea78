import { decisionIds } from '../../../src/contracts/decisions.contract';
import { describePolicyDecision } from '../../support/policy-decision-suite';

describePolicyDecision(decisionIds.provisionRate, {
  cases: [
    { when: 'the score is 0', given: { score: 0 }, then: { provisionRate: 0.15 }, rule: 'Rule_RedProvision' },
    { when: 'the score is just below 60', given: { score: 59.99 }, then: { provisionRate: 0.15 }, rule: 'Rule_RedProvision' },
    { when: 'the score is exactly 60', given: { score: 60 }, then: { provisionRate: 0.08 }, rule: 'Rule_YellowProvision' },
    { when: 'the score is just below 80', given: { score: 79.99 }, then: { provisionRate: 0.08 }, rule: 'Rule_YellowProvision' },
    { when: 'the score is exactly 80', given: { score: 80 }, then: { provisionRate: 0.03 }, rule: 'Rule_GreenProvision' },
    { when: 'the score is 100', given: { score: 100 }, then: { provisionRate: 0.03 }, rule: 'Rule_GreenProvision' },
  ],
  refused: [
    { when: 'the score is above 100', given: { score: 150 }, field: 'score', message: /between 0 and 100/ },
    { when: 'the score is null', given: { score: null }, field: 'score', message: /expected number, received null/ },
  ],
});
