import type { LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { DEFAULT_THRESHOLDS, type Engine, mergeThresholds, route } from "./classify.ts";
import { type CompiledLexicon, compileLexicon, defaultLexicon } from "./lexicon.ts";
import type { RoutingIssue } from "./messages.ts";
import { type CompiledModel, compileModel, loadComplaintModel } from "./model.ts";
import type {
  ClassifyOptions,
  ComplaintInput,
  ComplaintRouting,
  RoutingThresholds,
} from "./types.ts";

/**
 * Settings of {@link createComplaintClassifier}: a trained model (object or JSON text), a lexicon
 * (a {@link LexiconSource} or an already compiled one) and thresholds; all optional.
 *
 * @example
 * ```ts
 * import type { ClassifierSettings } from "kuaidi-kefu/routing";
 * const settings: ClassifierSettings = { thresholds: { highValue: 3000 } };
 * settings.thresholds?.highValue; // => 3000
 * ```
 */
export interface ClassifierSettings extends LocaleOptions {
  readonly model?: unknown;
  readonly lexicon?: unknown;
  readonly thresholds?: RoutingThresholds;
}

/**
 * A classifier with its own model, lexicon and thresholds.
 *
 * @example
 * ```ts
 * import { createComplaintClassifier, type ComplaintClassifier } from "kuaidi-kefu/routing";
 * const r = createComplaintClassifier({});
 * const c: ComplaintClassifier | undefined = r.ok ? r.value : undefined;
 * c?.classify("快递压坏了").team; // => "损遗小组"
 * ```
 */
export interface ComplaintClassifier {
  /** Same contract as {@link classifyComplaint}. */
  classify(complaint: ComplaintInput, options?: ClassifyOptions): ComplaintRouting;
  /** True when a trained model takes part. */
  readonly hasModel: boolean;
}

/**
 * Builds a classifier that combines your trained model with the rules: the lexicon decides where
 * its cues speak, the model's calibrated probabilities are blended in (`thresholds.modelWeight`),
 * and where no cue speaks the model decides alone if it is sure enough (`thresholds.modelOnly`).
 * Structured-fact rules always come first. The model and the lexicon are validated: a malformed
 * one gives `routing/invalid-model` or `routing/invalid-lexicon` (never a throw).
 *
 * @example
 * ```ts
 * import { createComplaintClassifier, trainComplaintModel } from "kuaidi-kefu/routing";
 * const model = trainComplaintModel([
 *   { text: "网点一直拖着不给处理", label: "延误" },
 *   { text: "谢谢你们，服务不错", label: "none" },
 * ]);
 * const r = createComplaintClassifier({ model: model.ok ? model.value : undefined });
 * r.ok && r.value.hasModel; // => true
 * createComplaintClassifier({ model: { format: "x" } }).ok; // => false
 * ```
 */
export function createComplaintClassifier(
  settings?: ClassifierSettings,
): Result<ComplaintClassifier, RoutingIssue> {
  const lo = settings?.locale === "en" ? { locale: "en" as const } : {};
  let lexicon: CompiledLexicon;
  const rawLexicon: unknown = settings?.lexicon;
  if (rawLexicon === undefined) {
    lexicon = defaultLexicon();
  } else if (isCompiled(rawLexicon)) {
    lexicon = rawLexicon;
  } else {
    const r = compileLexicon(rawLexicon, lo);
    if (!r.ok) return err(r.error);
    lexicon = r.value;
  }
  let model: CompiledModel | undefined;
  if (settings?.model !== undefined) {
    const r = loadComplaintModel(settings.model, lo);
    if (!r.ok) return err(r.error);
    model = compileModel(r.value);
  }
  const engine: Engine = {
    lexicon,
    model,
    thresholds: mergeThresholds(DEFAULT_THRESHOLDS, settings?.thresholds),
  };
  return ok({
    classify: (complaint: ComplaintInput, options?: ClassifyOptions) =>
      route(complaint, options, engine),
    hasModel: model !== undefined,
  });
}

function isCompiled(value: unknown): value is CompiledLexicon {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "kuaidi-kefu/compiled-lexicon" &&
    (value as { byFirst?: unknown }).byFirst instanceof Map
  );
}
