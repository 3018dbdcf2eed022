/**
 * `kuaidi-kefu/routing`: classify a customer complaint (regulator category, front-line class),
 * decide whether it escalates, route it to a back-office group with a priority and a response
 * time, and explain why. Rules over structured facts first, a transparent cue-word lexicon with
 * negation and contrast second, and an optional trainable naive Bayes model. Imports nothing
 * third-party.
 *
 * @packageDocumentation
 * @module kuaidi-kefu/routing
 */
export { classifyComplaint, DEFAULT_THRESHOLDS } from "./classify.ts";
export { createComplaintClassifier } from "./classifier.ts";
export type { ClassifierSettings, ComplaintClassifier } from "./classifier.ts";
export { toRegion } from "./facts.ts";
export type { ComplaintFacts, Region } from "./facts.ts";
export { CATEGORIES, FRONT_LINE_CLASSES, TEAMS, toCategoryId, toTeamId } from "./labels.ts";
export type {
  Category,
  CategoryId,
  FrontLineClass,
  FrontLineClassId,
  Team,
  TeamId,
} from "./labels.ts";
export { compileLexicon, ROUTING_LEXICON } from "./lexicon.ts";
export type { CompiledLexicon, CueHit } from "./lexicon.ts";
export type { CueSource, EscalationSignal, LexiconSource } from "./lexicon-types.ts";
export type { RoutingIssue, RoutingIssueCode, RoutingMessages } from "./messages.ts";
export { loadComplaintModel, predictComplaintLabel, trainComplaintModel } from "./model.ts";
export type {
  ComplaintModel,
  ModelLabel,
  ModelPrediction,
  TrainingExample,
  TrainOptions,
} from "./model.ts";
export { ROUTING_PROCEDURES } from "./procedures.ts";
export type { ProcedureStep, ProceduresSource } from "./procedure-types.ts";
export type {
  ClassifyOptions,
  ComplaintInput,
  ComplaintKind,
  ComplaintRouting,
  MatchedCue,
  RoutingExplanation,
  RoutingRule,
  RoutingThresholds,
} from "./types.ts";
