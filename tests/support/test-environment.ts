import { testPasswordEnvironment } from './local-passwords';

/**
 * Every test talks to the test engine (its own port and database) and the credit_test database; a
 * CREDIT_TEST_ENGINE_SLOT gives a second working copy its own of both.
 */
const slot = process.env.CREDIT_TEST_ENGINE_SLOT;
process.env.CREDIT_ENGINE_PROFILE = 'test';
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/credit_test${slot && slot !== '0' ? `_${slot}` : ''}`;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
delete process.env.ENGINE_REST_URL;
delete process.env.CREDIT_ENGINE_SERVICE_PASSWORD;
delete process.env.CREDIT_ENGINE_SERVICE_USER;
// the local users' known passwords, through the environment as an installation would set them
for (const [variable, password] of Object.entries(testPasswordEnvironment())) {
  process.env[variable] ??= password;
}
