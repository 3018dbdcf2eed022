/**
 * `kuaidi-kefu/sla`: every customer-service time limit of the manuals as data, and an engine
 * over them on the China work calendar (`kuaidi-kefu/calendar`): cut-off rules on wall-clock
 * time (pickup, same-day shipping, web-order review), durations on a calendar or business
 * clock (dispatch SMS, complaint answers, the statutory 7-day limit, rework), recurring
 * checkpoints (overdue deliveries), pause/resume, warnings, breach, follow-up schedule, rush
 * ordering and the timely-pickup KPI. Pure: `now` is always an argument, and answers do not
 * depend on the process time zone.
 *
 * @packageDocumentation
 * @module kuaidi-kefu/sla
 */
export {
  pickupDeadline,
  shippingDeadline,
  webOrderReviewDeadline,
  cutoffDeadline,
} from "./deadlines.ts";
export type {
  Deadline,
  DeadlineCalendarOptions,
  PickupDeadlineOptions,
  PickupBand,
  ShippingDeadlineOptions,
  ShippingBand,
  WebOrderReviewOptions,
} from "./deadlines.ts";
export { createSlaPolicy, DEFAULT_WARN_AT } from "./policy.ts";
export type {
  SlaPolicy,
  SlaPolicyDefinition,
  SlaTargetDefinition,
  CompiledTarget,
} from "./policy.ts";
export { evaluateSla } from "./evaluate.ts";
export type { SlaEvaluation, SlaTargetStatus, SlaState, SlaTimes } from "./evaluate.ts";
export { nextFollowUps } from "./followups.ts";
export type { FollowUp, NextFollowUpsOptions } from "./followups.ts";
export { prioritizeRushRequests } from "./rush.ts";
export type { RushRequest, RushUrgency, RushPlan, RushPlanOptions } from "./rush.ts";
export { timelyPickupRate } from "./kpi.ts";
export type {
  PickupRecord,
  TimelyPickupRules,
  TimelyPickupGroup,
  TimelyPickupReport,
} from "./kpi.ts";
export { PRESET_RULES, PRESET_TARGETS, PRESET_POLICIES } from "./presets.ts";
export type {
  SlaRule,
  DurationRule,
  DaysRule,
  InShiftRule,
  CheckpointRule,
  PromisedRule,
  SlaClockKind,
  CompiledRule,
} from "./rules.ts";
export type { CutoffRule, CutoffBand, DayCounting, CompiledCutoff } from "./cutoff-rule.ts";
export type { SlaEvent } from "./timeline.ts";
export type { InstantInput } from "./instant.ts";
export type { DurationInput } from "./duration.ts";
export type { TimeOfDay } from "./time-of-day.ts";
export type { SlaIssue, SlaIssueCode, SlaIssueParams } from "./messages.ts";
