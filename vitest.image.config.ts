import { defineConfig } from 'vitest/config';

// `npm run test:image`: the Dockerfile's steps outside Docker (slow: two clean installs, one of which
// compiles better-sqlite3), kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['tests/**/*.image.ts'],
    testTimeout: 60 * 60_000,
    hookTimeout: 60 * 60_000,
  },
});
