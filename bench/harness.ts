/**
 * The benchmark harness: every `bench/<module>.bench.ts` default-exports a function returning
 * cases; `bench/run.ts` measures each subject and its baseline in the same run, prints a table
 * and writes `bench/results.json`.
 */
export interface BenchCase {
  /** What is measured, e.g. "isValid CN phone (mixed valid/invalid)". */
  readonly task: string;
  /** Name of the kuaidi-kefu function measured. */
  readonly subject: string;
  /** One iteration of the subject (process the whole corpus once, or one item). */
  readonly run: () => unknown;
  /** Name of the peer library or floor measured against, if any. */
  readonly baseline?: string;
  /** One iteration of the baseline, doing the same work. */
  readonly runBaseline?: () => unknown;
  /** Items processed per iteration, to report items/second (default 1). */
  readonly itemsPerIteration?: number;
  /** Minimum ratio subject/baseline the issue asks for; reported, and flagged when missed. */
  readonly targetRatio?: number;
  /** Free-form facts measured beside the speed (accuracy, agreement counts). */
  readonly extra?: Record<string, unknown>;
}

/** A row of `bench/results.json`. */
export interface BenchResult {
  readonly task: string;
  readonly subject: string;
  readonly opsPerSec: number;
  readonly baseline: string | null;
  readonly baselineOpsPerSec: number | null;
  readonly ratio: number | null;
  readonly targetRatio?: number;
  readonly extra?: Record<string, unknown>;
}

export type BenchSuite = () => BenchCase[] | Promise<BenchCase[]>;
