/** A problem on this machine that stops the local engine; its message says what to do. */
export class EngineSetupError extends Error {
  override name = 'EngineSetupError';
}
