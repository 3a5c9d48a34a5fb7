// Two projects: `unit` needs nothing running; `integration` talks to a real Neo4j, started by
// test/integration/global-setup.ts when NEO4J_URI is unset.
// tsconfig.json sets isolatedModules, so ts-jest transpiles each file on its own (fast).
const tsJest = ['ts-jest', {}];
module.exports = {
  // Integration suites wait for a real server; a unit test never comes near this.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/integration/'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
  ],
};
