import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { creditLifecycleProcess as lifecycle } from '../../src/contracts/credit-lifecycle.contract';
import { lifecycleSteps, sideActivityOfElement, stepOfCalledProcess, stepOfElement } from '../../src/contracts/lifecycle-steps.contract';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BpmnModdle } = require('bpmn-moddle');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json');

interface FlowElement {
  $type: string;
  id: string;
  flowElements?: FlowElement[];
  triggeredByEvent?: boolean;
}

/** Flow nodes of the lifecycle (inside sub-processes too), each with whether it lies in an event sub-process. */
async function flowNodes(): Promise<Array<{ id: string; type: string; inEventSubProcess: boolean }>> {
  const xml = fs.readFileSync(path.join(projectRoot, 'processes', `${lifecycle.processId}.bpmn`), 'utf8');
  const { rootElement } = await new BpmnModdle({ camunda: camundaDescriptor }).fromXML(xml);
  const process = (rootElement.rootElements as FlowElement[]).find((element) => element.$type === 'bpmn:Process') as FlowElement;
  const nodes: Array<{ id: string; type: string; inEventSubProcess: boolean }> = [];
  const visit = (scope: FlowElement, inEventSubProcess: boolean) => {
    for (const element of scope.flowElements ?? []) {
      if (element.$type === 'bpmn:SequenceFlow') continue;
      const eventScope = inEventSubProcess || element.triggeredByEvent === true;
      nodes.push({ id: element.id, type: element.$type, inEventSubProcess: eventScope });
      if (element.flowElements) visit(element, eventScope);
    }
  };
  visit(process, false);
  return nodes;
}

describe('the lifecycle\'s elements and the eleven steps', () => {
  it('when the model is read, then every main-path element belongs to one step and every event sub-process element is a side activity', async () => {
    const nodes = await flowNodes();
    expect(nodes.length).toBeGreaterThan(60);
    for (const node of nodes) {
      if (node.inEventSubProcess) {
        expect([node.id, sideActivityOfElement[node.id]]).toEqual([node.id, expect.any(String)]);
        expect([node.id, stepOfElement[node.id]]).toEqual([node.id, undefined]);
      } else {
        expect([node.id, stepOfElement[node.id]]).toEqual([node.id, expect.any(Number)]);
      }
    }
    // and nothing is mapped that the model does not have
    const ids = new Set(nodes.map((node) => node.id));
    expect([...Object.keys(stepOfElement), ...Object.keys(sideActivityOfElement)].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('when the steps are listed, then all eleven are reached by some element, and each called process runs inside the step of its call', async () => {
    expect(new Set(Object.values(stepOfElement))).toEqual(new Set(lifecycleSteps.map((step) => step.number)));
    const callSteps = { greenChannel: stepOfElement[lifecycle.elements.greenChannel], tieredReview: stepOfElement[lifecycle.elements.tieredReview], dunning: stepOfElement[lifecycle.elements.dunning], legalEscalation: stepOfElement[lifecycle.elements.legalEscalation] };
    expect(stepOfCalledProcess).toEqual({
      [lifecycle.calledProcesses.greenChannel]: callSteps.greenChannel,
      [lifecycle.calledProcesses.tieredReview]: callSteps.tieredReview,
      [lifecycle.calledProcesses.dunning]: callSteps.dunning,
      [lifecycle.calledProcesses.legalEscalation]: callSteps.legalEscalation,
    });
  });
});
