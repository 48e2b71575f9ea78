/** The roles of DOMAIN.md's actors; every API user has exactly one. */
export const roles = [
  'sales',
  'credit-analyst',
  'credit-manager',
  'committee',
  'finance',
  'legal',
  'auditor',
  'process-owner',
] as const;
export type Role = (typeof roles)[number];

export interface LocalUser {
  username: string;
  displayName: string;
  role: Role;
  /** Committee chair: breaks ties and arbitrates. */
  chair?: boolean;
}

/** The named local users, one per role (four committee members, the general manager chairs; two process owners for four eyes). */
export const localUsers: readonly LocalUser[] = [
  { username: 'sales.li', displayName: 'Li Na (sales)', role: 'sales' },
  { username: 'analyst.wang', displayName: 'Wang Fang (credit analyst)', role: 'credit-analyst' },
  { username: 'manager.zhang', displayName: 'Zhang Wei (credit manager)', role: 'credit-manager' },
  { username: 'head.sales', displayName: 'Head of sales (committee)', role: 'committee' },
  { username: 'head.finance', displayName: 'Head of finance (committee)', role: 'committee' },
  { username: 'head.risk', displayName: 'Head of risk (committee)', role: 'committee' },
  { username: 'head.legal', displayName: 'Head of legal (committee)', role: 'committee' },
  { username: 'general.manager', displayName: 'General manager (committee chair)', role: 'committee', chair: true },
  { username: 'finance.chen', displayName: 'Chen Jie (finance)', role: 'finance' },
  { username: 'legal.zhao', displayName: 'Zhao Min (legal)', role: 'legal' },
  { username: 'auditor.sun', displayName: 'Sun Li (auditor)', role: 'auditor' },
  { username: 'owner.liu', displayName: 'Liu Yang (process owner)', role: 'process-owner' },
  // A second process owner: model changes are deployed only when one owner approves the other's draft.
  { username: 'owner.ma', displayName: 'Ma Lin (process owner)', role: 'process-owner' },
];

/** Prefix of the variables that set a local user's password. */
export const passwordVariablePrefix = 'CREDIT_PASSWORD_';

/**
 * Environment variable that sets a user's password, e.g. CREDIT_PASSWORD_ANALYST_WANG. Unset, a user the
 * engine does not know yet gets a generated password, printed once at start; one it knows keeps theirs.
 */
export const passwordVariable = (username: string) => `${passwordVariablePrefix}${username.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
