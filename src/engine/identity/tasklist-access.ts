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
];

/** Authorization type GRANT. */
export const grant = 1;
