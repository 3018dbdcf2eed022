// Packs the package as npm would publish it, installs the tarball into an empty project, and
// imports every subpath from ESM and requires it from CJS there: what a user gets.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listModules, root } from "./modules.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const work = mkdtempSync(join(tmpdir(), "kuaidi-kefu-smoke-"));
try {
  const packed = JSON.parse(
    execFileSync(npm, ["pack", "--json", "--pack-destination", work], {
      cwd: root,
      encoding: "utf8",
    }),
  );
  const tarball = join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  const stray = files.filter(
    (f) =>
      !f.startsWith("dist/") && !/^(?:package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(f),
  );
  if (stray.length > 0) throw new Error(`unexpected files in the tarball: ${stray.join(", ")}`);
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true }));
  const zod = JSON.parse(readFileSync(join(root, "node_modules/zod/package.json"), "utf8")).version;
  execFileSync(
    npm,
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--loglevel=error",
      tarball,
      `zod@${zod}`,
    ],
    { cwd: app, stdio: "inherit" },
  );
  const specs = ["kuaidi-kefu", ...listModules().map((m) => `kuaidi-kefu/${m}`)];
  for (const spec of specs) {
    const esm = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const m = await import("${spec}"); console.log(Object.keys(m).length);`,
      ],
      { cwd: app, encoding: "utf8" },
    ).trim();
    const cjs = execFileSync(
      process.execPath,
      ["-e", `console.log(Object.keys(require("${spec}")).length);`],
      { cwd: app, encoding: "utf8" },
    ).trim();
    if (esm !== cjs || Number(esm) === 0)
      throw new Error(`${spec}: ESM ${esm} exports, CJS ${cjs}`);
    console.log(`${spec.padEnd(22)} ESM and CJS: ${esm} exports`);
  }
  const { ok } = await import(join(app, "node_modules/kuaidi-kefu/dist/index.js"));
  if (ok(1).value !== 1) throw new Error("root import misbehaves");
  console.log(
    `smoke: the packed tarball (${packed[0].size} bytes, ${files.length} files) installs and loads`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
