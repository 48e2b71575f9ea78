import { endpoints, engineProfile } from '../../src/engine/local/engine-profile';

const clockUrl = () => endpoints(engineProfile('test')).clock;

/**
 * The test engine's clock (engine/…/ControlledClock.java, test profile only). Timers, due dates, lock
 * expiry and history times read it; tests move it forward, never back, and the job executor fires a
 * timer that fell due within about a second (the test profile's job acquisition waits at most 1 s).
 */
export async function engineNow(): Promise<Date> {
  const response = await fetch(clockUrl());
  if (!response.ok) throw new Error(`reading the engine clock failed: ${response.status} ${await response.text()}`);
  return new Date(((await response.json()) as { epochMilli: number }).epochMilli);
}

export async function moveEngineClock(byMs: number): Promise<Date> {
  const response = await fetch(`${clockUrl()}/add`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offsetMilli: Math.max(0, Math.round(byMs)) }),
  });
  if (!response.ok) throw new Error(`moving the engine clock failed: ${response.status} ${await response.text()}`);
  return new Date(((await response.json()) as { epochMilli: number }).epochMilli);
}

/** Moves the clock forward to `target` (never backwards); returns the engine's now. */
export async function moveEngineClockTo(target: Date): Promise<Date> {
  const now = await engineNow();
  return now.getTime() >= target.getTime() ? now : moveEngineClock(target.getTime() - now.getTime());
}
