import { endpoints, engineProfile } from '../../src/camunda/engine/engine-profile';

const clockUrl = () => `${endpoints(engineProfile('test')).managementAddress}/actuator/clock`;

/** The test engine's clock (camunda.system.clock-controlled's 8.6 form: zeebe.clock.controlled). */
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

export async function resetEngineClock(): Promise<void> {
  const response = await fetch(clockUrl(), { method: 'DELETE' });
  if (!response.ok) throw new Error(`resetting the engine clock failed: ${response.status}`);
}
