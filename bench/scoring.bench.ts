import type { BenchCase } from "./harness.ts";
import { scoreMonth, SEED_SCORECARD, type ScoringEvent } from "../src/scoring/index.ts";

const LEAVES = [
  "complaints.process",
  "complaints.record",
  "complaints.on-time",
  "production.key-accounts",
  "production.rush-recorded",
  "consulting.rules",
  "dispatch-register",
  "outsourcing.rework",
  "etiquette",
  "training",
];
const MARCH_START = Date.UTC(2011, 1, 28, 16); // 2011-03-01 00:00 China time
const MONTH_MS = 31 * 86_400_000;

// A deterministic pseudo-random sequence, so every run scores the same team.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

function agentEvents(agent: number, n: number): ScoringEvent[] {
  const rnd = lcg(agent * 7919 + n);
  const out: ScoringEvent[] = [];
  for (let i = 0; i < n; i++) {
    const id = `a${agent}-e${i}`;
    const at = MARCH_START + Math.floor(rnd() * MONTH_MS);
    const k = rnd();
    if (k < 0.35)
      out.push({
        id,
        at,
        type: "check-failed",
        criterion: LEAVES[Math.floor(rnd() * LEAVES.length)] as string,
      });
    else if (k < 0.5)
      out.push({
        id,
        at,
        type: "rule-violation",
        criterion: LEAVES[Math.floor(rnd() * LEAVES.length)] as string,
      });
    else if (k < 0.75) out.push({ id, at, type: "survey", satisfied: rnd() < 0.9 });
    else if (k < 0.82) out.push({ id, at, type: "late" });
    else if (k < 0.86) out.push({ id, at, type: "complaint" });
    else if (k < 0.92) out.push({ id, at, type: "attendance", points: 0.5 });
    else if (k < 0.96) out.push({ id, at, type: "hygiene", points: 0.5 });
    else if (k < 0.98) out.push({ id, at, type: "merit", points: 2 });
    else out.push({ id, at, type: "fine", fine: "missing-record" });
  }
  return out;
}

const options = (agent: number) => ({
  agentId: `agent-${agent}`,
  month: "2011-03",
  pay: { baseFen: 150_000, allowanceFen: 20_000 },
});

function team(agents: number, eventsPerAgent: number): ScoringEvent[][] {
  return Array.from({ length: agents }, (_, a) => agentEvents(a, eventsPerAgent));
}

function scoreTeam(events: readonly ScoringEvent[][]): number {
  let sum = 0;
  for (let a = 0; a < events.length; a++)
    sum += scoreMonth(SEED_SCORECARD, events[a] as ScoringEvent[], options(a)).total;
  return sum;
}

// Median wall time of `reps` runs of fn, in ms.
function median(fn: () => unknown, reps: number): number {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(reps / 2)] as number;
}

export default function scoringBench(): BenchCase[] {
  const month = team(1000, 100);
  // Linearity: the same 100 agents with 100 and with 1,000 events each; linear cost gives ~10.
  const small = team(100, 100);
  const large = team(100, 1000);
  scoreTeam(small);
  scoreTeam(large); // warm up
  const t100 = median(() => scoreTeam(small), 15);
  const t1000 = median(() => scoreTeam(large), 15);
  return [
    {
      task: "score a month: 1,000 agents × 100 events (seed scheme)",
      subject: "scoreMonth",
      run: () => scoreTeam(month),
      itemsPerIteration: 1000,
      extra: {
        unit: "agents/s",
        eventsPerAgent: 100,
        msPerAgentAt100Events: Math.round((t100 / 100) * 1000) / 1000,
        msPerAgentAt1000Events: Math.round((t1000 / 100) * 1000) / 1000,
        costRatio1000vs100Events: Math.round((t1000 / t100) * 100) / 100,
      },
    },
  ];
}
