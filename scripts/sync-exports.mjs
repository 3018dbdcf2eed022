// Writes package.json#exports from the module folders, so the map can never drift from src/.
// `--check` fails instead of writing (used by the test suite).
import { readFileSync, writeFileSync } from "node:fs";
import { exportsFor, listModules, root } from "./modules.mjs";

const path = `${root}package.json`;
const pkg = JSON.parse(readFileSync(path, "utf8"));
const wanted = exportsFor(listModules());
if (JSON.stringify(pkg.exports) === JSON.stringify(wanted)) process.exit(0);
if (process.argv.includes("--check")) {
  console.error("package.json#exports is out of date: run `npm run sync-exports`");
  process.exit(1);
}
const ordered = {};
for (const [k, v] of Object.entries(pkg)) {
  if (k === "exports") continue;
  ordered[k] = v;
  if (k === "files") {
    ordered.main = "./dist/index.cjs";
    ordered.module = "./dist/index.js";
    ordered.types = "./dist/index.d.cts";
    ordered.exports = wanted;
  }
}
if (!ordered.exports) ordered.exports = wanted;
writeFileSync(path, `${JSON.stringify(ordered, null, 2)}\n`);
console.log(`package.json#exports: ${Object.keys(wanted).join(", ")}`);
