import type { Role } from '../../api/auth/roles';

/** Operaton's resource types (org.operaton.bpm.engine.authorization.Resources). */
export const resourceTypes = {
  application: 0,
  filter: 5,
  processDefinition: 6,
  task: 7,
  processInstance: 8,
  deployment: 9,
  decisionDefinition: 10,
  decisionRequirementsDefinition: 14,
  operationLogCategory: 17,
} as const;

export type ResourceTypeName = keyof typeof resourceTypes;

export interface RoleGrant {
  resource: ResourceTypeName;
  /** A resource id, or * for every resource of the type. */
  resourceId: string;
  permissions: readonly string[];
}

/** Cockpit, and what it shows of the models and their cases: definitions, instances, history, decisions, deployments. */
const readModelsAndCases: readonly RoleGrant[] = [
  { resource: 'application', resourceId: 'cockpit', permissions: ['ACCESS'] },
  { resource: 'processDefinition', resourceId: '*', permissions: ['READ', 'READ_INSTANCE', 'READ_HISTORY'] },
  { resource: 'processInstance', resourceId: '*', permissions: ['READ'] },
  { resource: 'decisionDefinition', resourceId: '*', permissions: ['READ', 'READ_HISTORY'] },
  { resource: 'decisionRequirementsDefinition', resourceId: '*', permissions: ['READ'] },
  { resource: 'deployment', resourceId: '*', permissions: ['READ'] },
];

/**
 * What each role's group may do in the engine beyond Tasklist (which every group enters, reading its
 * filters). Work on a task needs no grant here: the engine gives a task's candidate group read and
 * update on that task alone, so analysts work their reviews, the committee its ballots, finance the
 * dunning calls and legal the legal route, and nobody another group's task.
 *
 * - auditors read every definition, instance, task, decision and history, and the user operation
 *   log, in Cockpit and through the REST API; nothing lets them complete a task or change a variable;
 * - process owners read the definitions, their instances and history in Cockpit and retry incidents
 *   there (the engine's UPDATE_INSTANCE, which would also let them change an instance's variables:
 *   every such change is in the user operation log under their name); they may not create a
 *   deployment: a model reaches the engine only through our four-eyes modeler (the service user).
 */
export const roleGrants: Record<Role, readonly RoleGrant[]> = {
  sales: [],
  'credit-analyst': [],
  'credit-manager': [],
  committee: [],
  finance: [],
  legal: [],
  auditor: [
    ...readModelsAndCases,
    { resource: 'task', resourceId: '*', permissions: ['READ'] },
    { resource: 'operationLogCategory', resourceId: '*', permissions: ['READ'] },
  ],
  'process-owner': [
    ...readModelsAndCases,
    // the engine asks UPDATE_INSTANCE to retry a failed external task (an incident), which process owners do in Cockpit
    { resource: 'processDefinition', resourceId: '*', permissions: ['UPDATE_INSTANCE'] },
  ],
};
