import { decisionIds } from '../../../src/contracts/decisions.contract';
import { describePolicyDecision } from '../../support/policy-decision-suite';

const undisputed = { disputed: false, promiseToPayActive: false } as const;

describePolicyDecision(decisionIds.dunningStage, {
  cases: [
    { when: 'a receivable 120 days overdue is disputed while a promise to pay is active', given: { daysOverdue: 120, disputed: true, promiseToPayActive: true }, then: { dunningStage: 'PAUSED', contactChannels: [], nextCheckInDays: 1 }, rule: 'Rule_PausedByDispute' },
    { when: 'a receivable not yet overdue is disputed', given: { daysOverdue: 0, disputed: true, promiseToPayActive: false }, then: { dunningStage: 'PAUSED', contactChannels: [], nextCheckInDays: 1 }, rule: 'Rule_PausedByDispute' },
    { when: 'a promise to pay is active at 95 days overdue', given: { daysOverdue: 95, disputed: false, promiseToPayActive: true }, then: { dunningStage: 'PAUSED', contactChannels: [], nextCheckInDays: 7 }, rule: 'Rule_PausedByPromiseToPay' },
    { when: 'the receivable is due today', given: { daysOverdue: 0, ...undisputed }, then: { dunningStage: 'NONE', contactChannels: [], nextCheckInDays: 30 }, rule: 'Rule_NoDunning' },
    { when: 'the receivable is 29 days overdue', given: { daysOverdue: 29, ...undisputed }, then: { dunningStage: 'NONE', contactChannels: [], nextCheckInDays: 1 }, rule: 'Rule_NoDunning' },
    { when: 'the receivable is exactly 30 days overdue', given: { daysOverdue: 30, ...undisputed }, then: { dunningStage: 'REMINDER', contactChannels: ['email', 'letter'], nextCheckInDays: 30 }, rule: 'Rule_Reminder' },
    { when: 'the receivable is 59 days overdue', given: { daysOverdue: 59, ...undisputed }, then: { dunningStage: 'REMINDER', contactChannels: ['email', 'letter'], nextCheckInDays: 1 }, rule: 'Rule_Reminder' },
    { when: 'the receivable is exactly 60 days overdue', given: { daysOverdue: 60, ...undisputed }, then: { dunningStage: 'FORMAL_WARNING', contactChannels: ['letter', 'phone'], nextCheckInDays: 30 }, rule: 'Rule_FormalWarning' },
    { when: 'the receivable is 89 days overdue', given: { daysOverdue: 89, ...undisputed }, then: { dunningStage: 'FORMAL_WARNING', contactChannels: ['letter', 'phone'], nextCheckInDays: 1 }, rule: 'Rule_FormalWarning' },
    { when: 'the receivable is exactly 90 days overdue', given: { daysOverdue: 90, ...undisputed }, then: { dunningStage: 'LEGAL', contactChannels: ['letter'], nextCheckInDays: 30 }, rule: 'Rule_LegalAction' },
    { when: 'the receivable is 400 days overdue', given: { daysOverdue: 400, ...undisputed }, then: { dunningStage: 'LEGAL', contactChannels: ['letter'], nextCheckInDays: 30 }, rule: 'Rule_LegalAction' },
  ],
  refused: [
    { when: 'the days overdue are not whole days', given: { daysOverdue: 12.5, ...undisputed }, field: 'daysOverdue', message: /whole days/ },
    { when: 'the days overdue are negative', given: { daysOverdue: -1, ...undisputed }, field: 'daysOverdue', message: /cannot be negative/ },
    { when: 'disputed is a string', given: { daysOverdue: 10, disputed: 'no', promiseToPayActive: false }, field: 'disputed', message: /expected boolean/ },
  ],
});
