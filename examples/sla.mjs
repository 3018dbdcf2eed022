// A week of customer-service deadlines around the 2026 Spring Festival, in China time, with
// the built-in calendar (02-14 is a make-up working Saturday; 02-15 to 02-23 are days off).
// Run: npx tsup && node examples/sla.mjs
import assert from "node:assert/strict";
import { toWallTime } from "kuaidi-kefu/calendar";
import {
  evaluateSla,
  nextFollowUps,
  pickupDeadline,
  PRESET_POLICIES,
  shippingDeadline,
  webOrderReviewDeadline,
} from "kuaidi-kefu/sla";

/** "MM-DD HH:MM" in China time, through the calendar's zone adapter (not the process zone). */
function show(date) {
  const r = toWallTime(date);
  assert.ok(r.ok);
  return `${r.value.date.slice(5)} ${r.value.time}`;
}
const at = (day, time) => `2026-02-${day}T${time}+08:00`;
const value = (r) => {
  assert.ok(r.ok, JSON.stringify(r.ok ? null : r.error));
  return r.value;
};

console.log("Deadlines for orders and complaints placed at 10:30, 14:00 and 17:30 (China time)\n");
console.log("placed          pickup        web review    ship by       complaint (2 business h)");
const rows = [];
for (const day of ["09", "10", "11", "12", "13", "14", "15"]) {
  for (const time of ["10:30", "14:00", "17:30"]) {
    const placed = at(day, time);
    const pickup = value(pickupDeadline(placed)).due;
    const review = value(webOrderReviewDeadline(placed)).due;
    const ship = value(shippingDeadline(placed)).due;
    const complaint = value(
      evaluateSla(PRESET_POLICIES.complaintSimple, [{ type: "created", at: placed }], placed),
    ).targets[0].due;
    const row = [show(new Date(placed)), show(pickup), show(review), show(ship), show(complaint)];
    rows.push(row);
    console.log(row.map((c) => c.padEnd(14)).join(""));
  }
}

// Friday 2026-02-13 17:30: the next opening is the make-up Saturday 08:30.
const friday = rows.find((r) => r[0] === "02-13 17:30");
assert.deepEqual(friday, [
  "02-13 17:30",
  "02-14 10:00",
  "02-14 08:30",
  "02-14 17:00",
  "02-14 10:30",
]);
// Saturday 17:30 (after the make-up day's shift): everything waits for 02-24, except pickup,
// which runs every calendar day.
const saturday = rows.find((r) => r[0] === "02-14 17:30");
assert.deepEqual(saturday, [
  "02-14 17:30",
  "02-15 10:00",
  "02-24 08:30",
  "02-24 17:00",
  "02-24 10:30",
]);

// A complaint that waited for the customer over the holiday.
const timeline = [
  { type: "created", at: at("13", "16:00") },
  { type: "paused", at: at("13", "16:30") },
  { type: "resumed", at: "2026-02-24T09:00+08:00" },
];
const evaluation = value(
  evaluateSla(PRESET_POLICIES.complaintSimple, timeline, "2026-02-24T10:00+08:00", {
    locale: "en",
  }),
);
console.log(
  "\nComplaint created 02-13 16:00, paused 16:30 until 02-24 09:00, looked at 02-24 10:00:",
);
for (const t of evaluation.targets) {
  console.log(`  ${t.id.padEnd(24)} ${t.state.padEnd(9)} due ${show(t.due)}  warning ${t.warning}`);
}
assert.equal(show(evaluation.targets[0].due), "02-24 10:30");
assert.equal(evaluation.targets[1].state, "breached");

const followUps = value(
  nextFollowUps(
    PRESET_POLICIES.overdueDelivery,
    [{ type: "overdue", at: at("13", "15:00") }],
    at("13", "15:05"),
    { limit: 3 },
  ),
);
console.log(
  "\nOverdue delivery from 02-13 15:00, next follow-ups (morning and afternoon of working days):",
);
for (const f of followUps) console.log(`  by ${show(f.at)}`);
assert.deepEqual(
  followUps.map((f) => show(f.at)),
  ["02-13 17:00", "02-14 12:00", "02-14 17:00"],
);
console.log("\nsla example: all checks passed");
