import { decisionIds } from '../../../src/contracts/decisions.contract';
import { describePolicyDecision } from '../../support/policy-decision-suite';

const green = { colour: 'green', limitFactor: 1, maxTermDays: null, tradingSuspended: false, preservationRequired: false } as const;
const yellow = { colour: 'yellow', limitFactor: 0.7, maxTermDays: 30, tradingSuspended: false, preservationRequired: false } as const;
const red = { colour: 'red', limitFactor: 0, maxTermDays: 0, tradingSuspended: true, preservationRequired: true } as const;

describePolicyDecision(decisionIds.colourBand, {
  cases: [
    { when: 'the score is 100', given: { score: 100 }, then: green, rule: 'Rule_GreenBand' },
    { when: 'the score is exactly 80', given: { score: 80 }, then: green, rule: 'Rule_GreenBand' },
    { when: 'the score is just below 80', given: { score: 79.99 }, then: yellow, rule: 'Rule_YellowBand' },
    { when: 'the score is exactly 60', given: { score: 60 }, then: yellow, rule: 'Rule_YellowBand' },
    { when: 'the score is just below 60', given: { score: 59.99 }, then: red, rule: 'Rule_RedBand' },
    { when: 'the score is 0', given: { score: 0 }, then: red, rule: 'Rule_RedBand' },
  ],
  refused: [
    { when: 'the score is above 100', given: { score: 101 }, field: 'score', message: /between 0 and 100/ },
    { when: 'the score is negative', given: { score: -1 }, field: 'score', message: /between 0 and 100/ },
    { when: 'the score is a string', given: { score: '80' }, field: 'score', message: /expected number/ },
    { when: 'the score is missing', given: {}, field: 'score', message: /expected number, received undefined/ },
    { when: 'an unknown input is given', given: { score: 80, colour: 'green' }, field: 'colour', message: /not a known input/ },
  ],
});
