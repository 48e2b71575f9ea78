/**
 * bpmnlint rule `credit-lifecycle/task-implementation`: what Operaton's BPMN parser demands of a
 * service, send or business rule task — an implementation (an external task with its topic, a class,
 * an expression, a delegate expression or a connector; a decision reference for a business rule task).
 * camunda-compat's Camunda 7 rules do not check it, so without this the engine would be the first to
 * refuse it, at deployment.
 */
interface ModdleNode {
  $type: string;
  id?: string;
  get(name: string): unknown;
  extensionElements?: { values?: Array<{ $type: string }> };
}

const implementationTypes = new Set(['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask']);

export const taskImplementationRule = () => ({
  check(node: ModdleNode, reporter: { report(id: string | undefined, message: string): void }) {
    if (!implementationTypes.has(node.$type)) return;
    const attribute = (name: string) => node.get(`camunda:${name}`);
    if (attribute('type') === 'external') {
      if (!attribute('topic')) reporter.report(node.id, 'An external task needs a topic (camunda:topic): the workers fetch it by topic.');
      return;
    }
    const connector = (node.extensionElements?.values ?? []).some((value) => value.$type === 'camunda:Connector');
    const implemented = ['class', 'expression', 'delegateExpression', 'type'].some((name) => attribute(name)) || connector || (node.$type === 'bpmn:BusinessRuleTask' && attribute('decisionRef'));
    if (!implemented) {
      const kind = node.$type === 'bpmn:BusinessRuleTask' ? 'a decision reference (camunda:decisionRef) or an implementation' : 'an implementation (an external task with camunda:topic, a class, an expression or a delegate expression)';
      reporter.report(node.id, `The engine cannot run this task: it needs ${kind}.`);
    }
  },
});
