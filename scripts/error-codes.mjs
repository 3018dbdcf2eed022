// Collects every issue code the source defines: the keys of the message catalogues
// (`"module/code": { "zh-CN": ..., en: ... }`). Shared by the errors guide generator and its test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { root } from "./modules.mjs";

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "data" ? [] : walk(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const KEY = /^\s*"([a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*)":\s*(?:\{\s*)?$/;

/** Map of module → sorted codes, from catalogue keys under src/. */
export function collectErrorCodes() {
  const codes = new Map();
  for (const file of walk(join(root, "src"))) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, i) => {
      const m = KEY.exec(line);
      if (!m) return;
      // A catalogue entry has a zh-CN template right there.
      const window = lines.slice(i, i + 4).join("\n");
      if (!window.includes('"zh-CN"')) return;
      const code = m[1];
      const module = code.split("/")[0];
      if (!codes.has(module)) codes.set(module, new Set());
      codes.get(module).add(code);
    });
  }
  return new Map(
    [...codes].sort(([a], [b]) => a.localeCompare(b)).map(([m, s]) => [m, [...s].sort()]),
  );
}
