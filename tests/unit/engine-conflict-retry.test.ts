import { EngineRestError, retryOnConcurrencyConflict } from '../../src/engine/engine-client';

const conflict = () => new EngineRestError(500, 'OptimisticLockingException', "POST /external-task/1/complete answered 500: ENGINE-03005 Execution of 'UPDATE ExternalTaskEntity[1]' failed. Entity was updated by another transaction concurrently.", 'POST /external-task/1/complete');
const deadlock = () => new EngineRestError(500, 'ProcessEngineException', 'DELETE /process-instance/1 answered 500: An exception occurred in the persistence layer. Please check the server logs.', 'DELETE /process-instance/1');

describe('a request the engine rolled back because of a concurrent transaction', () => {
  it('when it collides twice (optimistic lock, then a deadlock victim), then it is sent again and its answer returned', async () => {
    const outcomes = [conflict(), deadlock(), 'done'];
    let calls = 0;
    await expect(retryOnConcurrencyConflict(async () => {
      const next = outcomes[calls++];
      if (next instanceof Error) throw next;
      return next;
    })).resolves.toBe('done');
    expect(calls).toBe(3);
  });

  it('when another error comes, then it is thrown at once; after the fifth conflict, the conflict is thrown', async () => {
    let calls = 0;
    await expect(retryOnConcurrencyConflict(async () => {
      calls += 1;
      throw new EngineRestError(400, 'InvalidRequestException', 'bad input', 'POST /x');
    })).rejects.toMatchObject({ status: 400 });
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryOnConcurrencyConflict(async () => {
      calls += 1;
      throw conflict();
    })).rejects.toMatchObject({ status: 500 });
    expect(calls).toBe(5);
  });
});
