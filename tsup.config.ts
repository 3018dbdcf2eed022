import { existsSync, readdirSync } from "node:fs";
import { defineConfig } from "tsup";

// One entry per module folder that has a barrel: adding a module is adding a folder.
const modules = readdirSync("src", { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "core" && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name)
  .sort();

export default defineConfig({
  entry: Object.fromEntries([
    ["index", "src/index.ts"],
    ...modules.map((m) => [`${m}/index`, `src/${m}/index.ts`]),
  ]),
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
});
