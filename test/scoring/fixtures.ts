import type { ScoringEvent } from "kuaidi-kefu/scoring";

/** China wall time in March 2011 as an ISO string with its offset. */
export const mar = (day: number, hhmm = "10:00"): string =>
  `2011-03-${String(day).padStart(2, "0")}T${hhmm}:00+08:00`;

/** The month walked through in docs/scoring.md: agent 8011, March 2011. */
export const WALKTHROUGH: ScoringEvent[] = [
  {
    id: "chk-0305",
    at: mar(5),
    type: "check-failed",
    criterion: "complaints.record",
    note: "投诉登记表缺少负责人",
  },
  { id: "chk-0315", at: mar(15), type: "check-failed", criterion: "complaints.record" },
  { id: "chk-0325", at: mar(25), type: "check-failed", criterion: "complaints.record" },
  { id: "late-0312", at: mar(12), type: "late" },
  {
    id: "v-badge",
    at: mar(8),
    type: "rule-violation",
    criterion: "etiquette",
    rule: "未佩戴工作牌",
  },
  {
    id: "v-dispatch",
    at: mar(18),
    type: "rule-violation",
    criterion: "dispatch-register",
    count: 2,
  },
  ...Array.from({ length: 12 }, (_, i): ScoringEvent => ({
    id: `srv-${i + 1}`,
    at: mar(31, "15:00"),
    type: "survey",
    satisfied: i !== 3,
  })),
  { id: "att-0307", at: mar(7, "08:45"), type: "attendance", points: 0.5 },
  { id: "hyg-0321", at: mar(21), type: "hygiene", points: 1 },
  { id: "merit-0328", at: mar(28), type: "merit", points: 5, reason: "挽回损失" },
  { id: "fine-0329", at: mar(29), type: "fine", fine: "missing-record" },
];

export const PAY = { baseFen: 150_000, allowanceFen: 20_000 };
