// Three agents' March 2011 under seed 003's assessment scheme (客服工作考核制度): the scores,
// the team ranking with the bottom place flagged (seed 002's monthly elimination), and the
// pay slips in exact fen. Run: npx tsup && node examples/scoring.mjs
import assert from "node:assert/strict";
import { rankTeam, scoreMonth, SEED_SCORECARD } from "kuaidi-kefu/scoring";

const at = (day, time = "10:00") => `2011-03-${String(day).padStart(2, "0")}T${time}:00+08:00`;
const yuan = (fen) =>
  `${fen < 0 ? "-" : ""}${Math.trunc(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`;
const pay = { baseFen: 150_000, allowanceFen: 20_000 };

const agents = [
  {
    agentId: "8011",
    name: "王芳",
    options: { pay },
    events: [
      { id: "chk-0305", at: at(5), type: "check-failed", criterion: "complaints.record" },
      { id: "chk-0315", at: at(15), type: "check-failed", criterion: "complaints.record" },
      { id: "chk-0325", at: at(25), type: "check-failed", criterion: "complaints.record" },
      { id: "late-0312", at: at(12), type: "late" },
      { id: "v-badge", at: at(8), type: "rule-violation", criterion: "etiquette" },
      {
        id: "v-dispatch",
        at: at(18),
        type: "rule-violation",
        criterion: "dispatch-register",
        count: 2,
      },
      ...Array.from({ length: 12 }, (_, i) => ({
        id: `srv-${i + 1}`,
        at: at(31, "15:00"),
        type: "survey",
        satisfied: i !== 3,
      })),
      { id: "att-0307", at: at(7, "08:45"), type: "attendance", points: 0.5 },
      { id: "hyg-0321", at: at(21), type: "hygiene", points: 1 },
      { id: "merit-0328", at: at(28), type: "merit", points: 5 },
      { id: "fine-0329", at: at(29), type: "fine", fine: "missing-record" },
    ],
  },
  {
    agentId: "8012",
    name: "李强",
    options: { pay },
    events: [
      ...Array.from({ length: 15 }, (_, i) => ({
        id: `srv-${i + 1}`,
        at: at(31, "15:00"),
        type: "survey",
        satisfied: true,
      })),
      { id: "merit-0310", at: at(10), type: "merit", reason: "妥善处理突发事件" },
    ],
  },
  {
    agentId: "8013",
    name: "张伟",
    // Hired in February: March is month 2, probation (base + assessment pay only).
    options: {
      pay: { baseFen: 120_000, allowanceFen: 20_000 },
      hireDate: "2011-02-10T09:00:00+08:00",
    },
    events: [
      { id: "cmp-1", at: at(4), type: "complaint" },
      { id: "cmp-2", at: at(19), type: "complaint" },
      { id: "chk-1", at: at(10), type: "check-failed", criterion: "complaints.facts", count: 2 },
      { id: "trn-1", at: at(20), type: "rule-violation", criterion: "training", count: 3 },
      { id: "eti-1", at: at(22), type: "rule-violation", criterion: "etiquette", count: 2 },
      { id: "att-1", at: at(3, "09:10"), type: "attendance", points: 1.5 },
      { id: "fine-1", at: at(25), type: "fine", fine: "repeated-complaints", amountFen: 10_000 },
    ],
  },
];

const reports = agents.map((a) =>
  scoreMonth(SEED_SCORECARD, a.events, { agentId: a.agentId, month: "2011-03", ...a.options }),
);
for (const r of reports) assert.deepEqual(r.issues, [], `no input issues for ${r.agentId}`);

console.log(`${SEED_SCORECARD.config.name}, 2011-03\n`);
console.log("agent  name  phase      work  att+hyg  special  total");
for (const [i, r] of reports.entries()) {
  const [work, att, special] = r.sections.map((s) => s.points);
  console.log(
    `${r.agentId}   ${agents[i].name}  ${r.phase.padEnd(9)}  ${String(work).padStart(4)}  ${String(att).padStart(7)}  ${String(special).padStart(7)}  ${String(r.total).padStart(5)}`,
  );
}

const { ranking } = rankTeam(reports, { bottom: 1 });
console.log("\nRanking (bottom 1 flagged for the monthly elimination review)");
for (const line of ranking)
  console.log(`  ${line.rank}. ${line.agentId}  ${line.points}${line.bottom ? "  ← bottom" : ""}`);

console.log("\nPay slips (yuan)");
for (const r of reports) {
  const p = r.pay;
  console.log(
    `  ${r.agentId}: base ${yuan(p.baseFen)} + allowance ${yuan(p.allowanceFen)} + assessment ${yuan(p.assessmentFen)} + attendance ${yuan(p.attendanceBonusFen)} + special ${yuan(p.specialBonusFen)} + rewards ${yuan(p.rewardFen)} − fines ${yuan(p.finesFen)} = ${yuan(p.totalFen)}`,
  );
  for (const c of r.consequences)
    console.log(
      `      consequence: ${c.name}${c.suggestedFine ? ` (suggested fine ${yuan(c.suggestedFine.minFen)}-${yuan(c.suggestedFine.maxFen)})` : ""}`,
    );
}

// The numbers, checked.
assert.deepEqual(
  reports.map((r) => r.total),
  [51.5, 65, 44.5],
);
assert.deepEqual(
  reports.map((r) => r.sections[0].points),
  [43, 50, 41],
);
assert.deepEqual(
  ranking.map((l) => [l.agentId, l.rank, l.bottom]),
  [
    ["8012", 1, false],
    ["8011", 2, false],
    ["8013", 3, true],
  ],
);
assert.deepEqual(
  reports.map((r) => r.pay.totalFen),
  [268_000, 305_000, 192_000],
);
assert.deepEqual(
  reports[1].consequences.map((c) => [c.id, c.rewardFen]),
  [["praise", 5000]],
);
assert.deepEqual(
  reports[2].consequences.map((c) => c.id),
  ["repeated-complaints", "fine:repeated-complaints"],
);
assert.equal(reports[2].phase, "probation");
// Every deduction names the event behind it.
assert.ok(
  reports.every((r) =>
    r.entries.every((e) => typeof e.eventId === "string" && e.eventId.length > 0),
  ),
);
console.log("\nall checks passed");
