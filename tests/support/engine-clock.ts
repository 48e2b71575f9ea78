import { endpoints, engineProfile } from '../../src/camunda/engine/engine-profile';

const clockUrl = () => `${endpoints(engineProfile('test')).managementAddress}/actuator/clock`;

/**
 * The test engine's clock (camunda.system.clock-controlled's 8.6 form: zeebe.clock.controlled).
 * Tests only ever move it forward: after a move backwards the 8.6 engine does not fire timers
 * that fall before the latest time it has seen, so there is deliberately no reset here.
 */
export async function engineNow(): Promise<Date> {
  const response = await fetch(clockUrl());
  const body = (await response.json()) as { epochMilli: number };
  return new Date(body.epochMilli);
}

export async function moveEngineClock(byMs: number): Promise<Date> {
  const response = await fetch(`${clockUrl()}/add`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offsetMilli: byMs }),
  });
  if (!response.ok) throw new Error(`moving the engine clock failed: ${response.status} ${await response.text()}`);
  return new Date(((await response.json()) as { epochMilli: number }).epochMilli);
}

