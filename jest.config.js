/**
 * One run, in band: the process tests share one test engine and one test database.
 * bpmn-io's packages are ESM-only; Node loads them with require(esm), jest needs them
 * transformed to CommonJS.
 */
const esmOnlyPackages = ['min-dash', 'moddle', 'moddle-xml', 'bpmn-moddle', 'saxen', '@bpmn-io', 'feelin', 'min-dom', '@camunda'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/support/test-environment.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 120000,
  // After worker.close() the SDK's last in-flight ActivateJobs long poll keeps a timer for up
  // to ~45 s; every resource of ours is closed by then, so do not wait for it.
  forceExit: true,
};
