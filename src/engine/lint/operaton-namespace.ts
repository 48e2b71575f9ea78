/**
 * Operaton reads its own namespace as Camunda 7's (the same schema under a new name): a model written
 * with `operaton:` extensions is linted and edited as the engine reads it. Browser-safe (the modeler
 * page uses it too).
 */
export const operatonNamespace = 'http://operaton.org/schema/1.0/bpmn';
export const camundaNamespace = 'http://camunda.org/schema/1.0/bpmn';

export const asCamundaNamespace = (xml: string) => xml.split(operatonNamespace).join(camundaNamespace);
