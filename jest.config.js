/**
 * Two projects, run in band:
 *  - fast: domain and contract tests, no engine or database;
 *  - engine: process, API and browser tests against one shared test engine and test database.
 * bpmn-io's packages are ESM-only; Node loads them with require(esm), jest needs them
 * transformed to CommonJS.
 */
const esmOnlyPackages = ['min-dash', 'moddle', 'moddle-xml', 'bpmn-moddle', 'dmn-moddle', 'saxen', '@bpmn-io', 'feelin', 'min-dom', '@camunda', 'camunda-bpmn-moddle'];

const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  setupFiles: ['<rootDir>/tests/support/test-environment.ts'],
};

module.exports = {
  testTimeout: 120000,
  // Not needed for the engine: closing the workers aborts the external-task long poll
  // (fetchAndLock) in flight and the REST client's timeouts do not hold the process, so the suites
  // exit on their own. Locally Jest therefore reports a handle a suite leaves open; in CI a leak must
  // not hang the run past its time limit, so there it exits regardless.
  forceExit: process.env.CI === 'true',
  projects: [
    { ...shared, displayName: 'fast', testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/contract/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'engine',
      testMatch: ['<rootDir>/tests/process/**/*.test.ts', '<rootDir>/tests/api/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
