/**
 * `npm run test:faults`: the fault suite (tests/faults), apart from `npm test` because it runs for
 * minutes — hundreds of lifecycles with processes killed under them. Each scenario starts its own
 * scratch engine(s), database and workers + API process(es), so it shares nothing with the test engine.
 */
const base = require('./jest.config.js');
const engine = base.projects.find((project) => project.displayName === 'engine');

module.exports = {
  testTimeout: 3_600_000,
  forceExit: base.forceExit,
  projects: [
    {
      testEnvironment: engine.testEnvironment,
      transform: engine.transform,
      transformIgnorePatterns: engine.transformIgnorePatterns,
      setupFiles: engine.setupFiles,
      displayName: 'faults',
      testMatch: ['<rootDir>/tests/faults/**/*.faults.test.ts'],
    },
  ],
};
