/**
 * Staff performance scoring (`kuaidi-kefu/scoring`): scorecards validated with zod, seed 003's
 * 客服工作考核制度 as a ready preset, one agent's month scored with every point traced to its
 * event, pay slips in integer fen, streaks and new-staff phases across months, team ranking
 * and seed 002's QC daily report.
 *
 * @packageDocumentation
 * @module scoring
 */
export { defineScorecard } from "./define.ts";
export type { Scorecard, DefineScorecardOptions } from "./define.ts";
export type {
  Band,
  ConsequenceConfig,
  CriterionConfig,
  CriterionRule,
  FineConfig,
  PayComponent,
  ScorecardConfig,
  ScoringEventType,
  SectionConfig,
  StreakConfig,
} from "./config-types.ts";
export { KEFU_ASSESSMENT_CONFIG, KEFU_ASSESSMENT_SCORECARD, SEED_SCORECARD } from "./seed.ts";
export { scoreMonth } from "./score-month.ts";
export type { ScoreMonthOptions } from "./score-month.ts";
export type { EventBase, ScoringEvent } from "./event-types.ts";
export type {
  Consequence,
  CriterionResult,
  FineEntry,
  MonthReport,
  PaySlip,
  ScoreEntry,
  SectionResult,
  StaffPhase,
} from "./report-types.ts";
export { evaluateStreaks, newStaffPhase } from "./history.ts";
export type {
  MonthSummary,
  NewStaffPhaseOptions,
  StaffPhaseInfo,
  StreakAward,
  StreakReport,
} from "./history.ts";
export { rankTeam } from "./team.ts";
export type { RankInput, RankTeamOptions, RankedAgent, TeamRanking } from "./team.ts";
export { qcDailyReport } from "./qc.ts";
export type { QcDayInput, QcLine, QcReport, QcReportOptions, Rate } from "./qc.ts";
export { SCORING_MESSAGES } from "./messages.ts";
export type { ScoringIssue, ScoringIssueCode, ScoringIssueParams } from "./messages.ts";
