import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { listModules } from "../../scripts/modules.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as {
  exports: Record<string, unknown>;
};
const modules: string[] = listModules();
const subpaths = ["kuaidi-kefu", ...modules.map((m) => `kuaidi-kefu/${m}`)];

/** The value (non-type) names a barrel exports, read from its source. */
function valueExports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  for (const stmt of sf.statements) {
    if (!ts.isExportDeclaration(stmt) || stmt.isTypeOnly) continue;
    const clause = stmt.exportClause;
    if (!clause || !ts.isNamedExports(clause)) throw new Error(`${file}: use named exports only`);
    for (const el of clause.elements) if (!el.isTypeOnly) names.push(el.name.text);
  }
  return names.sort();
}

function nodeKeys(spec: string, format: "esm" | "cjs"): string[] {
  const script =
    format === "esm"
      ? `const m = await import(${JSON.stringify(spec)}); console.log(JSON.stringify(Object.keys(m).sort()));`
      : `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(spec)})).sort()));`;
  const args = format === "esm" ? ["--input-type=module", "-e", script] : ["-e", script];
  return JSON.parse(
    execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" }),
  ) as string[];
}

describe("package exports", () => {
  test("package.json#exports matches the module folders", () => {
    expect(Object.keys(pkg.exports)).toEqual([
      ".",
      ...modules.map((m) => `./${m}`),
      "./package.json",
    ]);
    execFileSync(process.execPath, ["scripts/sync-exports.mjs", "--check"], { cwd: root });
  });
  test("tsup builds one entry per module", () => {
    const config = readFileSync(`${root}tsup.config.ts`, "utf8");
    expect(config).toContain("`${m}/index`");
    for (const m of modules) {
      expect(existsSync(`${root}dist/${m}/index.js`), `dist/${m}/index.js`).toBe(true);
      expect(existsSync(`${root}dist/${m}/index.cjs`), `dist/${m}/index.cjs`).toBe(true);
      expect(existsSync(`${root}dist/${m}/index.d.ts`), `dist/${m}/index.d.ts`).toBe(true);
      expect(existsSync(`${root}dist/${m}/index.d.cts`), `dist/${m}/index.d.cts`).toBe(true);
    }
  });
  test.each(subpaths)("%s: every export of the barrel resolves in ESM and CJS", (spec) => {
    const barrel = spec === "kuaidi-kefu" ? "src/index.ts" : `src/${spec.slice(12)}/index.ts`;
    const expected = valueExports(`${root}${barrel}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(nodeKeys(spec, "esm")).toEqual(expected);
    expect(nodeKeys(spec, "cjs")).toEqual(expected);
  });
});
