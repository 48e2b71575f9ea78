import { defineMessages } from './i18n';

/** The page frame every page shares: product name, navigation, who is logged in, the language switch, the roles (GLOSSARY terms). */
export const shellMessages = defineMessages(
  {
    product: 'Credit lifecycle',
    'nav.replay': 'Replay (auditor)',
    'nav.modeler': 'Modeler (process owner)',
    'nav.dashboard': 'Dashboard',
    'nav.portal': 'Portal (customer and sales)',
    'nav.in-doubt-mail': 'E-mails in doubt (finance)',
    'switch.label': 'Language',
    whoami: '{name} — {username} ({role})',
    'role.sales': 'sales',
    'role.credit-analyst': 'credit analyst',
    'role.credit-manager': 'credit manager',
    'role.committee': 'credit committee',
    'role.finance': 'finance',
    'role.legal': 'legal',
    'role.auditor': 'auditor',
    'role.process-owner': 'process owner',
    'no-data': 'no data',
  },
  {
    product: '信用全生命周期',
    'nav.replay': '流程回放（审计）',
    'nav.modeler': '流程建模（流程负责人）',
    'nav.dashboard': '信用管理驾驶舱',
    'nav.portal': '门户（客户与销售）',
    'nav.in-doubt-mail': '待核实邮件（财务）',
    'switch.label': '语言',
    whoami: '{name} — {username}（{role}）',
    'role.sales': '销售',
    'role.credit-analyst': '信用专员',
    'role.credit-manager': '信用经理',
    'role.committee': '信用管理委员会',
    'role.finance': '财务',
    'role.legal': '法务',
    'role.auditor': '审计',
    'role.process-owner': '流程负责人',
    'no-data': '暂无数据',
  },
);
export type ShellKey = keyof typeof shellMessages.en;
