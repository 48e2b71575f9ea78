import pino from 'pino';

export type Logger = pino.Logger;

/** Structured logs; callers log ids and outcomes, never whole variable payloads (personal data). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'credit-lifecycle' } });
}
