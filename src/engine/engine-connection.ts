import type { EngineConnection } from '../config';
import { EngineClient } from './engine-client';

/** The one engine client of a process, built from the configuration. */
export function createEngineClient(connection: EngineConnection): EngineClient {
  return new EngineClient({ restAddress: connection.restAddress, credentials: connection.credentials });
}
