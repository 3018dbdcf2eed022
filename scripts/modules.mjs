// The module list every build script shares: one folder with an index.ts under src/ is one
// subpath export (`kuaidi-kefu/<folder>`); src/core is private.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

export function listModules() {
  return readdirSync(`${root}src`, { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && d.name !== "core" && existsSync(`${root}src/${d.name}/index.ts`),
    )
    .map((d) => d.name)
    .sort();
}

export function exportsFor(modules) {
  const entry = (base) => ({
    import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
    require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
  });
  const exports = { ".": entry("index") };
  for (const m of modules) exports[`./${m}`] = entry(`${m}/index`);
  exports["./package.json"] = "./package.json";
  return exports;
}
