import { defineConfig } from 'vitest/config';

// Each workspace runs `vitest run` from its own folder and picks up this file;
// tests live next to their sources, cross-package tests under tests/src.
export default defineConfig({
  test: {
    include: ['**/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    // Hooks launch Chromium or write whole reports; on a loaded 2-core CI box that
    // took longer than vitest's 10 s default while every workspace tested at once.
    hookTimeout: 60_000,
  },
});
