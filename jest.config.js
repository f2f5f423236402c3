// Two projects: fast unit tests, and integration tests against real sandbox hosts
// (systemd, sshd, PostgreSQL, MariaDB) that the global setup builds from Debian packages.
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] }
}

export default {
  // Integration tests install panels on real hosts; unit tests finish in milliseconds anyway.
  testTimeout: 15 * 60 * 1000,
  // Sandbox hosts mostly wait on sshd and systemd: two test files at once fit two cores.
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'], setupFiles: ['<rootDir>/__tests__/support/unit-env.mjs'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/support/global-setup.mjs',
      globalTeardown: '<rootDir>/__tests__/support/global-teardown.mjs'
    }
  ]
}
