import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('when nothing is set, then the local dev engine and the credit database are used', () => {
    const config = loadConfig({});
    expect(config.engine).toMatchObject({ external: false, restAddress: 'http://127.0.0.1:8080/engine-rest', seedIdentity: true });
    expect(config.engine.profile).toMatchObject({ name: 'dev', port: 8080, database: 'operaton', clockControlled: false });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/credit');
    expect(config.port).toBe(3000);
  });

  it('when the test profile is chosen, then its own port, engine database and settable clock are used', () => {
    const config = loadConfig({ CREDIT_ENGINE_PROFILE: 'test', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/credit_test' });
    expect(config.engine.restAddress).toBe('http://127.0.0.1:8180/engine-rest');
    expect(config.engine.profile).toMatchObject({ name: 'test', port: 8180, database: 'operaton_test', clockControlled: true });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/credit_test');
  });

  it('when a test engine slot is chosen, then its port and engine database are its own; the dev engine ignores the slot', () => {
    const config = loadConfig({ CREDIT_ENGINE_PROFILE: 'test', CREDIT_TEST_ENGINE_SLOT: '3' });
    expect(config.engine.restAddress).toBe('http://127.0.0.1:8210/engine-rest');
    expect(config.engine.profile).toMatchObject({ port: 8210, database: 'operaton_test_3' });
    expect(config.engine.profile.runDir).toMatch(/[/\\]\.engine[/\\]test-3$/);
    expect(loadConfig({ CREDIT_TEST_ENGINE_SLOT: '3' }).engine.restAddress).toBe('http://127.0.0.1:8080/engine-rest');
    expect(() => loadConfig({ CREDIT_ENGINE_PROFILE: 'test', CREDIT_TEST_ENGINE_SLOT: '12' })).toThrow(/CREDIT_TEST_ENGINE_SLOT/);
  });

  it('when ENGINE_REST_URL names another engine, then it is external, its address is taken as given and its service password is required', () => {
    const config = loadConfig({ ENGINE_REST_URL: 'https://engine-1.example/engine-rest/', CREDIT_ENGINE_SERVICE_USER: 'creditsvc', CREDIT_ENGINE_SERVICE_PASSWORD: 'a-long-secret' });
    expect(config.engine).toMatchObject({ external: true, restAddress: 'https://engine-1.example/engine-rest' });
    expect(config.engine.credentials()).toEqual({ user: 'creditsvc', password: 'a-long-secret' });
    expect(() => loadConfig({ ENGINE_REST_URL: 'https://engine-1.example/engine-rest' })).toThrow(/CREDIT_ENGINE_SERVICE_PASSWORD: required with ENGINE_REST_URL/);
  });

  it("when the engine's identity is managed elsewhere, then seeding can be turned off, and only with true or false", () => {
    expect(loadConfig({ CREDIT_ENGINE_SEED_IDENTITY: 'false' }).engine.seedIdentity).toBe(false);
    expect(() => loadConfig({ CREDIT_ENGINE_SEED_IDENTITY: 'no' })).toThrow(/CREDIT_ENGINE_SEED_IDENTITY/);
  });

  it('when the service user or its password does not fit the engine, then start-up stops with the variable named', () => {
    expect(() => loadConfig({ CREDIT_ENGINE_SERVICE_USER: 'credit-service' })).toThrow(/CREDIT_ENGINE_SERVICE_USER/);
    expect(() => loadConfig({ CREDIT_ENGINE_SERVICE_PASSWORD: 'short' })).toThrow(/CREDIT_ENGINE_SERVICE_PASSWORD/);
  });

  it('when a service password is set for the local engine, then it is the one used, with the default service user', () => {
    expect(loadConfig({ CREDIT_ENGINE_SERVICE_PASSWORD: 'local-secret' }).engine.credentials()).toEqual({ user: 'creditservice', password: 'local-secret' });
  });

  it('when no SMTP server is set, then dunning e-mails go to the local outbox; an SMTP URL is taken, anything else refused', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: 'Credit department <credit@localhost>' });
    expect(loadConfig({ SMTP_URL: 'smtp://mailer:secret@mail.example:587', MAIL_FROM: 'AR <ar@example.com>' }).mail).toEqual({ smtpUrl: 'smtp://mailer:secret@mail.example:587', from: 'AR <ar@example.com>' });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
  });

  it('when a value is wrong, then start-up stops with the variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ CREDIT_ENGINE_PROFILE: 'prod' })).toThrow(/CREDIT_ENGINE_PROFILE/);
  });

  it("when a local person's password is set, then it is taken by username; a variable naming nobody or a short password stops start-up", () => {
    expect(loadConfig({}).localPasswords.size).toBe(0);
    expect([...loadConfig({ CREDIT_PASSWORD_ANALYST_WANG: 'analyst-secret-1', CREDIT_PASSWORD_OWNER_MA: 'owner-secret-22' }).localPasswords]).toEqual([['analyst.wang', 'analyst-secret-1'], ['owner.ma', 'owner-secret-22']]);
    expect(() => loadConfig({ CREDIT_PASSWORD_ANALYST_WAGN: 'analyst-secret-1' })).toThrow(/CREDIT_PASSWORD_ANALYST_WAGN: no local user/);
    expect(() => loadConfig({ CREDIT_PASSWORD_SALES_LI: 'short' })).toThrow(/CREDIT_PASSWORD_SALES_LI: at least 8 characters/);
    expect(() => loadConfig({ CREDIT_PASSWORD_SALES_LI: ' padded-secret ' })).toThrow(/CREDIT_PASSWORD_SALES_LI: no leading or trailing spaces/);
  });
});
