import { decisionIds } from '../../../src/contracts/decisions.contract';
import { describePolicyDecision } from '../../support/policy-decision-suite';

const red = { warningLevel: 'RED', secondDueDiligence: true, freezeGroupCredit: true } as const;
const yellow = { warningLevel: 'YELLOW', secondDueDiligence: false, freezeGroupCredit: false } as const;
const none = { warningLevel: 'NONE', secondDueDiligence: false, freezeGroupCredit: false } as const;

describePolicyDecision(decisionIds.earlyWarning, {
  cases: [
    { when: '31 days overdue and turnover dropped exactly 20 %', given: { daysOverdue: 31, termElapsedRatio: 2, collectionRate: 0.9, turnoverDropRatio: 0.2 }, then: { ...red, restrictNewBusiness: true }, rule: 'Rule_RedWarningTurnoverDrop' },
    { when: '31 days overdue and turnover dropped just under 20 %', given: { daysOverdue: 31, termElapsedRatio: 2, collectionRate: 0.9, turnoverDropRatio: 0.1999 }, then: { ...red, restrictNewBusiness: false }, rule: 'Rule_RedWarning' },
    { when: 'overdue by 45 days while the yellow criteria also hold', given: { daysOverdue: 45, termElapsedRatio: 2.5, collectionRate: 0.3, turnoverDropRatio: 0 }, then: { ...red, restrictNewBusiness: false }, rule: 'Rule_RedWarning' },
    { when: 'exactly 30 days overdue, half the term elapsed, just under 80 % collected and turnover down 20 %', given: { daysOverdue: 30, termElapsedRatio: 0.5, collectionRate: 0.7999, turnoverDropRatio: 0.2 }, then: { ...yellow, restrictNewBusiness: true }, rule: 'Rule_YellowWarningTurnoverDrop' },
    { when: 'exactly half the term elapsed and just under 80 % collected', given: { daysOverdue: 0, termElapsedRatio: 0.5, collectionRate: 0.7999, turnoverDropRatio: 0.1999 }, then: { ...yellow, restrictNewBusiness: false }, rule: 'Rule_YellowWarning' },
    { when: 'just under half the term elapsed with little collected', given: { daysOverdue: 0, termElapsedRatio: 0.4999, collectionRate: 0.1, turnoverDropRatio: 0 }, then: { ...none, restrictNewBusiness: false }, rule: 'Rule_NoWarning' },
    { when: 'most of the term elapsed and exactly 80 % collected', given: { daysOverdue: 0, termElapsedRatio: 0.9, collectionRate: 0.8, turnoverDropRatio: 0 }, then: { ...none, restrictNewBusiness: false }, rule: 'Rule_NoWarning' },
    { when: 'no warning but turnover dropped by half', given: { daysOverdue: 10, termElapsedRatio: 0.9, collectionRate: 0.8, turnoverDropRatio: 0.5 }, then: { ...none, restrictNewBusiness: true }, rule: 'Rule_NoWarningTurnoverDrop' },
    { when: 'a fresh receivable and turnover dropped exactly 20 %', given: { daysOverdue: 0, termElapsedRatio: 0, collectionRate: 1, turnoverDropRatio: 0.2 }, then: { ...none, restrictNewBusiness: true }, rule: 'Rule_NoWarningTurnoverDrop' },
  ],
  refused: [
    { when: 'the collection rate is above 1', given: { daysOverdue: 0, termElapsedRatio: 0.5, collectionRate: 1.2, turnoverDropRatio: 0 }, field: 'collectionRate', message: /share between 0 and 1/ },
    { when: 'the turnover grew (a negative drop)', given: { daysOverdue: 0, termElapsedRatio: 0.5, collectionRate: 0.5, turnoverDropRatio: -0.1 }, field: 'turnoverDropRatio', message: /0 when turnover did not drop/ },
    { when: 'the days overdue are missing', given: { termElapsedRatio: 0.5, collectionRate: 0.5, turnoverDropRatio: 0 }, field: 'daysOverdue', message: /expected number, received undefined/ },
  ],
});
