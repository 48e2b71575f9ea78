import type { Role } from '../../api/auth/roles';

/** The engine's group of each role (group id = role id; kebab-case ids pass the engine's whitelist). */
export const roleGroupNames: Record<Role, string> = {
  sales: '销售 Sales',
  'credit-analyst': '信用专员 Credit analyst',
  'credit-manager': '信用经理 Credit manager',
  committee: '信用管理委员会 Credit committee',
  finance: '财务 Finance',
  legal: '法务 Legal',
  auditor: '审计 Auditor',
  'process-owner': '流程负责人 Process owner',
};

export interface TaskFilterDefinition {
  name: string;
  description: string;
  priority: number;
  /** A task query of the REST API; expressions are evaluated for the user who opens the filter. */
  query: Record<string, unknown>;
  /** The roles whose groups see the filter (every role when absent). */
  roles?: readonly Role[];
}

/**
 * Tasklist's filters (global: no owner; each group may read them). Candidate-group queries include
 * tasks a colleague has claimed, so a claimed task does not vanish from the group's list.
 */
export const tasklistFilters: readonly TaskFilterDefinition[] = [
  {
    name: '我的组任务 My group\'s tasks',
    description: '我所在组的待办任务 Tasks for the groups I belong to',
    priority: -10,
    query: { candidateGroupsExpression: '${currentUserGroups()}', includeAssignedTasks: true, sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }] },
  },
  {
    name: '我的任务 My tasks',
    description: '已认领给我的任务 Tasks I have claimed',
    priority: -5,
    query: { assigneeExpression: '${currentUser()}', sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }] },
  },
  {
    name: '逾期任务 Overdue',
    description: '已过到期日的组任务 Tasks of my groups past their due date',
    priority: 0,
    query: { candidateGroupsExpression: '${currentUserGroups()}', includeAssignedTasks: true, dueBeforeExpression: '${now()}', sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }] },
  },
  {
    name: '委员会表决 Committee votes',
    description: '分给我的表决、决定票与仲裁 My ballots, casting votes and arbitrations',
    priority: 5,
    query: { assigneeExpression: '${currentUser()}', taskDefinitionKeyIn: ['Task_CommitteeVote', 'Task_ChairCastingVote', 'Task_ChairArbitration'], sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }] },
    roles: ['committee'],
  },
  {
    name: '催收电话 Dunning calls',
    description: '待打的催收电话，最早到期的在前 Dunning calls to make, earliest due first',
    priority: 5,
    query: { candidateGroupsExpression: '${currentUserGroups()}', includeAssignedTasks: true, taskDefinitionKey: 'Task_CallCustomer', sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }] },
    roles: ['finance'],
  },
];

/** The filters a role's group sees, in Tasklist's order. */
export const filtersOf = (role: Role): TaskFilterDefinition[] => tasklistFilters.filter((filter) => filter.roles === undefined || filter.roles.includes(role));

/** Authorization type GRANT. */
export const grant = 1;
