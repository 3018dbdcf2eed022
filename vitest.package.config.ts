import { defineConfig } from "vitest/config";

// Tests of the built package (dist/): exports in both formats, size budgets, dependency
// confinement. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
