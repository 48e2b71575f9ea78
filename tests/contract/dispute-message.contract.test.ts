import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { disputeRaisedMessageSchema } from '../../src/contracts/dispute.contract';

/** The `=name` sources the catch events of a message map into the process, per model file. */
function catchedVariables(file: string, messageId: string): string[][] {
  const xml = fs.readFileSync(path.join(projectRoot, 'processes', file), 'utf8');
  const events = [...xml.matchAll(/<bpmn:(?:startEvent|intermediateCatchEvent|boundaryEvent)\b[\s\S]*?<\/bpmn:(?:startEvent|intermediateCatchEvent|boundaryEvent)>/g)].map((match) => match[0]);
  return events
    .filter((event) => event.includes(`messageRef="${messageId}"`))
    .map((event) => [...event.matchAll(/<zeebe:output source="=(\w+)"/g)].map((match) => match[1] as string).filter((name) => !['true', 'false', 'null'].includes(name)));
}

describe('one dispute-raised message shape for the lifecycle and the dunning', () => {
  it.each([['credit-lifecycle.bpmn'], ['dunning.bpmn']])('when %s catches dispute-raised, then it reads only fields of the shared schema, category and reason included', (file) => {
    const [mapped] = catchedVariables(file, 'Message_DisputeRaised');
    expect(mapped).toEqual(expect.arrayContaining(['disputedAmount', 'disputeCategory', 'disputeReason']));
    const known = Object.keys(disputeRaisedMessageSchema.shape);
    expect((mapped ?? []).filter((name) => !known.includes(name))).toEqual([]);
  });
});
