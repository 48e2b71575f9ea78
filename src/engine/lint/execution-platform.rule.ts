/**
 * bpmnlint rule `credit-lifecycle/execution-platform`: a Camunda 8 (Zeebe) model is refused with a
 * clear message. Operaton runs the Camunda 7 dialect (camunda:/operaton: extensions); camunda-compat's
 * 7.24 rules alone would let a Zeebe model with nothing they check (a user task without a form, say)
 * through to an engine that cannot run it as meant.
 */
const zeebeNamespace = 'http://camunda.org/schema/zeebe/1.0';

interface ModdleNode {
  $type: string;
  $attrs?: Record<string, unknown>;
  id?: string;
}

export const executionPlatformRule = () => ({
  check(node: ModdleNode, reporter: { report(id: string | undefined, message: string): void }) {
    if (node.$type !== 'bpmn:Definitions') return;
    const attrs = node.$attrs ?? {};
    const platform = attrs['modeler:executionPlatform'];
    const declaresZeebe = Object.entries(attrs).some(([name, value]) => name.startsWith('xmlns') && value === zeebeNamespace);
    if (platform === 'Camunda Cloud' || declaresZeebe) {
      const version = attrs['modeler:executionPlatformVersion'];
      reporter.report(node.id, `A Camunda 8 (Zeebe${version ? ` ${String(version)}` : ''}) model: Operaton runs Camunda 7 models (Camunda Platform 7.24, camunda: extensions). Model it for Camunda Platform 7 before deploying it.`);
    }
  },
});
