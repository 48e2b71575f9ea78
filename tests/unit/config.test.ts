import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('when nothing is set, then the local dev engine and the credit database are used', () => {
    const config = loadConfig({});
    expect(config.camunda).toMatchObject({ external: false, grpcAddress: '127.0.0.1:26500', restAddress: 'http://127.0.0.1:8080' });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/credit');
    expect(config.historyDatabaseUrl).toBe('postgres://postgres@127.0.0.1:5432/camunda');
    expect(config.port).toBe(3000);
  });

  it('when the test profile is chosen, then its own ports and history database are used', () => {
    const config = loadConfig({ CREDIT_ENGINE_PROFILE: 'test', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/credit_test' });
    expect(config.camunda.grpcAddress).toBe('127.0.0.1:26600');
    expect(config.historyDatabaseUrl).toBe('postgres://postgres@127.0.0.1:5432/camunda_test');
  });

  it('when a test engine slot is chosen, then its ports and history database are its own', () => {
    const config = loadConfig({ CREDIT_ENGINE_PROFILE: 'test', CREDIT_TEST_ENGINE_SLOT: '3' });
    expect(config.camunda).toMatchObject({ grpcAddress: '127.0.0.1:26630', restAddress: 'http://127.0.0.1:8210', managementAddress: 'http://127.0.0.1:9730' });
    expect(config.historyDatabaseUrl).toBe('postgres://postgres@127.0.0.1:5432/camunda_test_3');
    expect(loadConfig({ CREDIT_TEST_ENGINE_SLOT: '3' }).camunda.grpcAddress).toBe('127.0.0.1:26500');
    expect(() => loadConfig({ CREDIT_ENGINE_PROFILE: 'test', CREDIT_TEST_ENGINE_SLOT: '12' })).toThrow(/CREDIT_TEST_ENGINE_SLOT/);
  });

  it("when the SDK's variables name a cluster, then it is external and no local address is made up", () => {
    const config = loadConfig({ ZEEBE_GRPC_ADDRESS: 'grpcs://cluster.example:443', ZEEBE_CLIENT_ID: 'id' });
    expect(config.camunda).toMatchObject({ external: true, grpcAddress: 'grpcs://cluster.example:443' });
    expect(config.camunda.managementAddress).toBeUndefined();
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
});
