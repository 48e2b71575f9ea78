/** Every test talks to the test engine (own ports, data and history database) and the credit_test database. */
process.env.CREDIT_ENGINE_PROFILE = 'test';
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/credit_test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
delete process.env.HISTORY_DATABASE_URL;
delete process.env.ZEEBE_GRPC_ADDRESS;
delete process.env.ZEEBE_REST_ADDRESS;
delete process.env.CAMUNDA_OAUTH_URL;
delete process.env.ZEEBE_CLIENT_ID;
