import { lifecycleSteps } from '../../src/contracts/lifecycle-steps.contract';
import { disputeCategories } from '../../src/contracts/dispute.contract';
import { endedApplicationStatuses } from '../../src/contracts/application-status.contract';
import { reviewLevels } from '../../src/contracts/review-sla.contract';
import { roles } from '../../src/api/auth/roles';
import { replayStepKinds } from '../../src/audit/instance-replay';
import { acceptedLanguages, chooseLanguage, placeholdersOf, translator, type Messages } from '../../src/web/shared/i18n';
import { shellMessages } from '../../src/web/shared/shell.messages';
import { dashboardMessages } from '../../src/web/dashboard/dashboard.messages';
import { portalMessages } from '../../src/web/portal/portal.messages';
import { replayMessages } from '../../src/web/replay/replay.messages';
import { modelerMessages } from '../../src/web/modeler/modeler.messages';
import { inDoubtMailMessages } from '../../src/web/in-doubt-mail/in-doubt-mail.messages';
import { actingDunningStageSchema, contactChannelSchema } from '../../src/contracts/dunning.contract';
import type { CustomerReminderKind } from '../../src/domain/receivable/customer-reminder.rules';
import { webPages } from '../../src/web/web-bundle';
import { englishWordsIn } from '../support/untranslated';

const catalogues: Record<string, Messages<string>> = {
  shell: shellMessages, dashboard: dashboardMessages, portal: portalMessages, replay: replayMessages, modeler: modelerMessages, 'in-doubt-mail': inDoubtMailMessages,
};
const entries = Object.entries(catalogues);

describe('the pages\' message catalogues (zh-CN and English)', () => {
  it.each(entries)('when the %s catalogues are compared, then both have the same keys and each message the same placeholders', (_page, messages) => {
    expect(Object.keys(messages['zh-CN']).sort()).toEqual(Object.keys(messages.en).sort());
    for (const key of Object.keys(messages.en)) {
      expect([key, placeholdersOf(messages['zh-CN'][key] as string)]).toEqual([key, placeholdersOf(messages.en[key] as string)]);
    }
  });

  it.each(entries)('when the %s Chinese catalogue is read, then every message is Chinese, with no English word beside product names and ids', (_page, messages) => {
    for (const [key, value] of Object.entries(messages['zh-CN'])) {
      const text = value.replace(/\{\w+\}/g, ' ');
      expect([key, englishWordsIn(text)]).toEqual([key, []]);
      // a message with words has Chinese ones
      if (/[A-Za-z]{2,}/.test((messages.en[key] as string).replace(/\{\w+\}/g, ' '))) expect([key, /\p{Script=Han}/u.test(text)]).toEqual([key, true]);
    }
  });

  it('when a concept of the GLOSSARY appears, then its one Chinese term is used', () => {
    // GLOSSARY.md: one concept, one term
    const terms: Array<[Messages<string>, string, string]> = [
      [dashboardMessages, 'title', '信用管理驾驶舱'],
      [dashboardMessages, 'aging.title', '账龄'],
      [dashboardMessages, 'kpi.overdueRatio', '逾期账款占比'],
      [dashboardMessages, 'kpi.dso', '应收账款周转天数 (DSO)'],
      [dashboardMessages, 'kpi.provisions', '坏账准备金'],
      [dashboardMessages, 'provisions.rate', '计提比例'],
      [dashboardMessages, 'colours.title', '三色预警'],
      [dashboardMessages, 'tier.core', '核心级'],
      [dashboardMessages, 'level.ARBITRATION', '24小时仲裁通道'],
      [dashboardMessages, 'level.URGENT', '加急申请'],
      [dashboardMessages, 'level.COMMITTEE', '信用管理委员会'],
      [portalMessages, 'register.taxId', '统一社会信用代码'],
      [portalMessages, 'apply.legend', '授信申请'],
      [portalMessages, 'apply.limit', '授信额度'],
      [portalMessages, 'apply.urgent', '加急申请'],
      [portalMessages, 'kind.delivery-note', '送货单'],
      [portalMessages, 'step.4', '资信调查'],
      [portalMessages, 'step.11', '重新评分'],
      [shellMessages, 'role.credit-analyst', '信用专员'],
      [shellMessages, 'role.process-owner', '流程负责人'],
      [shellMessages, 'product', '信用全生命周期'],
      [replayMessages, 'column.incidents', '异常事件'],
      [inDoubtMailMessages, 'kind.dunning-notice', '催收'],
      [inDoubtMailMessages, 'subject.REMINDER', '30天提醒'],
      [inDoubtMailMessages, 'subject.FORMAL_WARNING', '60天警告'],
      [inDoubtMailMessages, 'subject.LEGAL', '90天法律行动'],
      [inDoubtMailMessages, 'subject.PRE_DUE', '到期提醒'],
      [inDoubtMailMessages, 'column.receivable', '应收账款'],
      [inDoubtMailMessages, 'column.error', '异常事件'],
      [shellMessages, 'nav.in-doubt-mail', '财务'],
    ];
    for (const [messages, key, term] of terms) expect([key, messages['zh-CN'][key]]).toEqual([key, expect.stringContaining(term)]);
  });

  it('when the API names a value the pages show, then both catalogues name it', () => {
    const has = (messages: Messages<string>, key: string) => key in messages.en && key in messages['zh-CN'];
    for (const step of lifecycleSteps) {
      // the English page says what the API says
      expect(portalMessages.en[`step.${step.number}` as keyof typeof portalMessages.en]).toBe(step.name);
      expect(has(portalMessages, `phase.${step.phase}`)).toBe(true);
    }
    for (const category of disputeCategories) expect([category, has(portalMessages, `category.${category}`)]).toEqual([category, true]);
    for (const status of ['OPEN', ...endedApplicationStatuses]) {
      expect([status, has(portalMessages, `application.${status}`) && has(dashboardMessages, `status.${status}`)]).toEqual([status, true]);
    }
    for (const level of reviewLevels) expect([level, has(dashboardMessages, `level.${level}`)]).toEqual([level, true]);
    for (const role of roles) expect([role, has(shellMessages, `role.${role}`)]).toEqual([role, true]);
    for (const kind of replayStepKinds) expect([kind, has(replayMessages, `kind.${kind}`)]).toEqual([kind, true]);
    // an e-mail in doubt: its stage or reminder kind, and its channel
    for (const subject of [...actingDunningStageSchema.options, ...Object.keys({ RECEIPT: true, PRE_DUE: true } satisfies Record<CustomerReminderKind, true>)]) expect([subject, has(inDoubtMailMessages, `subject.${subject}`)]).toEqual([subject, true]);
    for (const channel of contactChannelSchema.options.filter((channel) => channel !== 'phone')) expect([channel, has(inDoubtMailMessages, `channel.${channel}`)]).toEqual([channel, true]);
    for (const page of webPages) expect([page, has(shellMessages, `nav.${page}`)]).toEqual([page, true]);
  });
});

describe('the page language', () => {
  it('when nothing is stored, then a browser whose first language is Chinese gets zh-CN, every other English', () => {
    expect(chooseLanguage(null, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(chooseLanguage(null, ['zh-TW'])).toBe('zh-CN');
    expect(chooseLanguage(null, ['zh'])).toBe('zh-CN');
    expect(chooseLanguage(null, ['en-US', 'zh-CN'])).toBe('en');
    expect(chooseLanguage(null, ['de-DE'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });

  it('when the switch stored a choice, then it wins over the browser; an unknown stored value is ignored', () => {
    expect(chooseLanguage('en', ['zh-CN'])).toBe('en');
    expect(chooseLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(chooseLanguage('fr', ['zh-CN'])).toBe('zh-CN');
  });

  it('when the server reads Accept-Language, then the languages come most preferred first', () => {
    expect(acceptedLanguages('en-US;q=0.5, zh-CN, zh;q=0.9')).toEqual(['zh-CN', 'zh', 'en-US']);
    expect(acceptedLanguages('de;q=0, en')).toEqual(['en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(chooseLanguage(null, acceptedLanguages('zh-CN,zh;q=0.9,en;q=0.8'))).toBe('zh-CN');
  });

  it('when a message has placeholders, then they are filled, and parts keep nodes as they are', () => {
    const t = translator(dashboardMessages, 'zh-CN');
    expect(t('kpi.provisions', { version: 3 })).toBe('坏账准备金（政策第 3 版）');
    const node = { recorded: 'Li Na (sales)' };
    expect(translator(shellMessages, 'zh-CN').parts('whoami', { name: node, username: 'sales.li', role: '销售' })).toEqual([node, ' — ', 'sales.li', '（', '销售', '）']);
  });
});
