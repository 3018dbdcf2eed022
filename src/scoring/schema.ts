import * as z from "zod/mini";
import type { IssuePath, Locale } from "../core/issue.ts";
import { makeIssue, type ScoringIssue } from "./messages.ts";

// The structural schema of a scorecard. Semantic checks (points in tenths, sums, bands, ids,
// references) are done by hand afterwards so each gets its own code and exact path.
// Built on first use, not at import, so importing the module has no side effects.
let schema: z.ZodMiniType | undefined;

function build(): z.ZodMiniType {
  const id = z.string().check(z.minLength(1), z.maxLength(200));
  const name = z.string().check(z.maxLength(500));
  const num = z.number();
  const fen = z.int().check(z.minimum(0));
  const count = z.int().check(z.minimum(1));
  const band = z.strictObject({ from: num, to: z.optional(num), points: num });
  const rule = z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("per-occurrence"), points: num }),
    z.strictObject({ kind: z.literal("chances"), chances: count }),
    z.strictObject({ kind: z.literal("marked") }),
    z.strictObject({
      kind: z.literal("banded"),
      source: z.optional(z.enum(["kpi", "survey"])),
      bands: z.array(band).check(z.minLength(1), z.maxLength(1000)),
      range: z.optional(z.tuple([num, num])),
      whenMissing: z.optional(z.enum(["full", "zero"])),
    }),
    z.strictObject({ kind: z.literal("bonus"), pointsPerEvent: z.optional(num) }),
    z.strictObject({ kind: z.literal("critical") }),
  ]);
  const criterion = z.strictObject({
    id,
    name,
    nameEn: z.optional(name),
    max: z.optional(num),
    rule: z.optional(rule),
    get criteria() {
      return z.optional(z.array(criterion).check(z.maxLength(1000)));
    },
  });
  const section = z.strictObject({
    id,
    name,
    nameEn: z.optional(name),
    kind: z.optional(z.enum(["deduction", "bonus"])),
    max: z.optional(num),
    criteria: z.array(criterion).check(z.maxLength(1000)),
    pay: z.optional(
      z.strictObject({
        component: z.enum(["assessment", "attendance", "special"]),
        fenPerPoint: fen,
      }),
    ),
  });
  const eventType = z.enum([
    "check-failed",
    "rule-violation",
    "complaint",
    "late",
    "survey",
    "attendance",
    "hygiene",
    "kpi",
    "merit",
    "fine",
  ]);
  const fine = z.strictObject({
    id,
    name,
    nameEn: z.optional(name),
    minFen: z.optional(fen),
    maxFen: z.optional(fen),
  });
  const consequence = z.strictObject({
    id,
    name,
    nameEn: z.optional(name),
    section: z.optional(id),
    full: z.optional(z.boolean()),
    below: z.optional(num),
    events: z.optional(z.strictObject({ eventType, count })),
    rewardFen: z.optional(fen),
    suggestFine: z.optional(id),
  });
  const streak = z.strictObject({
    id,
    name,
    nameEn: z.optional(name),
    section: id,
    consecutive: z.optional(count),
    inYear: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
    rewardFen: z.optional(z.strictObject({ min: fen, max: fen })),
  });
  return z.strictObject({
    id,
    name,
    nameEn: z.optional(name),
    total: z.optional(num),
    sections: z.array(section).check(z.minLength(1), z.maxLength(100)),
    routes: z.optional(z.partialRecord(eventType, id)),
    fines: z.optional(z.array(fine).check(z.maxLength(1000))),
    consequences: z.optional(z.array(consequence).check(z.maxLength(1000))),
    streaks: z.optional(z.array(streak).check(z.maxLength(1000))),
    newStaff: z.optional(
      z.strictObject({
        trainingMonths: z.int().check(z.minimum(0), z.maximum(120)),
        probationMonths: z.int().check(z.minimum(0), z.maximum(120)),
      }),
    ),
  });
}

interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly errors?: readonly (readonly RawIssue[])[];
}

function toPath(prefix: IssuePath, path: readonly PropertyKey[]): IssuePath {
  const out: (string | number)[] = [...prefix];
  for (const k of path) out.push(typeof k === "number" ? k : String(k));
  return out;
}

// zod's issues become our own: the reason is a stable token, the message ours, never zod's.
function mapIssue(raw: RawIssue, prefix: IssuePath, locale: Locale, out: ScoringIssue[]): void {
  const o = { path: toPath(prefix, raw.path) };
  switch (raw.code) {
    case "invalid_type":
      out.push(
        makeIssue(
          "scoring/invalid-config",
          { reason: "type", expected: String(raw.expected) },
          locale,
          o.path,
        ),
      );
      return;
    case "too_small":
      out.push(
        makeIssue(
          "scoring/invalid-config",
          { reason: "too-small", expected: `>= ${String(raw.minimum)}` },
          locale,
          o.path,
        ),
      );
      return;
    case "too_big":
      out.push(
        makeIssue(
          "scoring/invalid-config",
          { reason: "too-big", expected: `<= ${String(raw.maximum)}` },
          locale,
          o.path,
        ),
      );
      return;
    case "invalid_value":
      out.push(
        makeIssue(
          "scoring/invalid-config",
          { reason: "value", expected: (raw.values ?? []).map(String).join(" | ") },
          locale,
          o.path,
        ),
      );
      return;
    case "unrecognized_keys":
      for (const key of raw.keys ?? []) {
        out.push(
          makeIssue("scoring/invalid-config", { reason: "unknown-key" }, locale, [...o.path, key]),
        );
      }
      return;
    case "invalid_union": {
      // A discriminated union with an unknown `kind` lands here: report it on the kind field.
      const kindPath = o.path[o.path.length - 1] === "kind" ? o.path : [...o.path, "kind"];
      out.push(
        makeIssue(
          "scoring/invalid-config",
          {
            reason: "value",
            expected: "per-occurrence | chances | marked | banded | bonus | critical",
          },
          locale,
          kindPath,
        ),
      );
      return;
    }
    default:
      out.push(makeIssue("scoring/invalid-config", { reason: "format" }, locale, o.path));
  }
}

/** Structural validation with zod; returns our issues (empty when the shape is right). */
export function checkShape(config: unknown, locale: Locale): ScoringIssue[] {
  schema ??= build();
  const result = schema.safeParse(config);
  if (result.success) return [];
  const out: ScoringIssue[] = [];
  for (const raw of result.error.issues as unknown as readonly RawIssue[])
    mapIssue(raw, [], locale, out);
  return out;
}
