import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { collectErrorCodes } from "../../scripts/error-codes.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

test("every issue code is namespaced by an existing module and kebab-case", () => {
  const codes = collectErrorCodes();
  expect(codes.get("input")).toEqual(["input/not-text", "input/too-long"]);
  for (const [module, list] of codes) {
    for (const code of list) expect(code.startsWith(`${module}/`)).toBe(true);
  }
});

test("docs/errors.md lists every code the source defines", () => {
  execFileSync(process.execPath, ["scripts/generate-errors-doc.mjs", "--check"], { cwd: root });
});
