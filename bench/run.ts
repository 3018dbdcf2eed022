import { readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Bench } from "tinybench";
import type { BenchCase, BenchResult, BenchSuite } from "./harness.ts";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv[2];
const time = Number(process.env["BENCH_TIME_MS"] ?? 700);

async function measure(fn: () => unknown, items: number): Promise<number> {
  const bench = new Bench({ time, warmupTime: 150 });
  bench.add("x", () => {
    fn();
  });
  await bench.run();
  const task = bench.tasks[0];
  const hz = task?.result && "throughput" in task.result ? task.result.throughput.mean : 0;
  return hz * items;
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !only || f.startsWith(only))
  .sort();
const results: BenchResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as { default: BenchSuite };
  const cases: BenchCase[] = await mod.default();
  for (const c of cases) {
    const items = c.itemsPerIteration ?? 1;
    const opsPerSec = await measure(c.run, items);
    const baselineOpsPerSec = c.runBaseline ? await measure(c.runBaseline, items) : null;
    const ratio = baselineOpsPerSec ? opsPerSec / baselineOpsPerSec : null;
    const row: BenchResult = {
      task: c.task,
      subject: c.subject,
      opsPerSec: Math.round(opsPerSec),
      baseline: c.baseline ?? null,
      baselineOpsPerSec: baselineOpsPerSec === null ? null : Math.round(baselineOpsPerSec),
      ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
      ...(c.targetRatio !== undefined ? { targetRatio: c.targetRatio } : {}),
      ...(c.extra ? { extra: c.extra } : {}),
    };
    results.push(row);
    const flag =
      c.targetRatio !== undefined && ratio !== null && ratio < c.targetRatio
        ? "  MISSED TARGET"
        : "";
    console.log(
      `${file.padEnd(22)} ${c.task.padEnd(58)} ${c.subject.padEnd(26)} ${String(row.opsPerSec).padStart(11)}/s` +
        (c.baseline
          ? `  vs ${c.baseline} ${String(row.baselineOpsPerSec).padStart(11)}/s  ratio ${row.ratio}${c.targetRatio !== undefined ? ` (target ≥ ${c.targetRatio})` : ""}${flag}`
          : "") +
        (c.extra ? `  ${JSON.stringify(c.extra)}` : ""),
    );
  }
}
const out = only ? `${dir}results.${only}.json` : `${dir}results.json`;
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${out}`);
