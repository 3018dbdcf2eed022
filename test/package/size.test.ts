import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";
import { listModules } from "../../scripts/modules.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const budgets = JSON.parse(readFileSync(`${root}size-budgets.json`, "utf8")) as Record<
  string,
  number
>;
const modules: string[] = listModules();
const subpaths = ["kuaidi-kefu", ...modules.map((m) => `kuaidi-kefu/${m}`)];

/** Which third-party packages each subpath may import at run time (calendar and sla import none today). */
const allowedThirdParty: Record<string, readonly string[]> = {
  "kuaidi-kefu/order": ["zod"],
  "kuaidi-kefu/scoring": ["zod"],
  "kuaidi-kefu/calendar": ["date-fns", "date-fns-tz"],
  "kuaidi-kefu/sla": ["date-fns", "date-fns-tz"],
};

/** The built ESM file a subpath resolves to. */
function distFile(spec: string): string {
  return spec === "kuaidi-kefu" ? "./dist/index.js" : `./dist/${spec.slice(12)}/index.js`;
}

async function bundle(spec: string, external: string[] | "packages") {
  const result = await build({
    stdin: {
      contents: `export * from ${JSON.stringify(distFile(spec))};`,
      resolveDir: root,
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    ...(external === "packages" ? { packages: "external" as const } : { external }),
    logLevel: "silent",
  });
  return result;
}

describe("bundle size budgets (min+gzip, esbuild)", () => {
  test.each(subpaths)("%s stays within its budget", async (spec) => {
    const result = await bundle(spec, ["zod", "zod/*"]);
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gz = gzipSync(code).length;
    const budget = budgets[spec];
    console.log(`${spec.padEnd(22)} min ${code.length} B, min+gzip ${gz} B, budget ${budget} B`);
    expect(budget, `no budget recorded for ${spec} in size-budgets.json`).toBeTypeOf("number");
    expect(gz).toBeLessThanOrEqual(budget as number);
  });
});

describe("third-party imports are confined", () => {
  test.each(subpaths)("%s imports only what it may", async (spec) => {
    const result = await bundle(spec, "packages");
    const imported = new Set<string>();
    for (const out of Object.values(result.metafile.outputs)) {
      for (const imp of out.imports)
        if (imp.external) imported.add(imp.path.split("/")[0] as string);
    }
    expect([...imported].sort()).toEqual(
      [...(allowedThirdParty[spec] ?? [])].filter((p) => imported.has(p)).sort(),
    );
  });
});
