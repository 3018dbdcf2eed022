// Runs every examples/*.mjs against the built package (they import it by name through the
// package's self-reference) and fails if any exits non-zero.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { root } from "./modules.mjs";

const examples = readdirSync(`${root}examples`)
  .filter((f) => /\.(?:mjs|cjs)$/.test(f))
  .sort();
let failed = 0;
for (const file of examples) {
  const run = spawnSync(process.execPath, [`examples/${file}`], { cwd: root, encoding: "utf8" });
  const status = run.status === 0 ? "ok" : `FAILED (exit ${run.status})`;
  console.log(`── examples/${file}: ${status}`);
  if (run.status !== 0) {
    failed++;
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
  }
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
