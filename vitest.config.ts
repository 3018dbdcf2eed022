import { readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// Tests import the package by its public name; resolve each subpath to its source barrel.
const modules = readdirSync(`${root}src`, { withFileTypes: true })
  .filter(
    (d) => d.isDirectory() && existsSync(`${root}src/${d.name}/index.ts`) && d.name !== "core",
  )
  .map((d) => d.name);

export default defineConfig({
  resolve: {
    alias: [
      ...modules.map((m) => ({
        find: new RegExp(`^kuaidi-kefu/${m}$`),
        replacement: `${root}src/${m}/index.ts`,
      })),
      { find: /^kuaidi-kefu$/, replacement: `${root}src/index.ts` },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/package/**", "node_modules/**"],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/data/**"],
      thresholds: { lines: 90, branches: 90 },
      reporter: ["text-summary"],
    },
  },
});
