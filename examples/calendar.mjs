// kuaidi-kefu/calendar: the 2026 Spring Festival on the built-in China calendar, a depot calendar
// with a lunch break and a night shift, next year's notice added by the host, strict mode, and
// errors as data. Every result is checked.
import assert from "node:assert/strict";
import {
  addWorkdays,
  addWorkingTime,
  createWorkCalendar,
  getDayInfo,
  isWorkday,
  isWorkingTime,
  nextWorkingTime,
  toWallTime,
  tryCreateWorkCalendar,
  workingTimeBetween,
} from "kuaidi-kefu/calendar";

console.log("kuaidi-kefu/calendar example");
const china = (r) => {
  assert.equal(r.ok, true);
  const w = toWallTime(r.value);
  return `${w.value.date} ${w.value.time}`;
};

// 1. The week around the 2026 Spring Festival (08:30-17:00, make-up Saturday 02-14).
console.log("\n2026-02-12 … 02-24:");
for (let d = 12; d <= 24; d++) {
  const key = `2026-02-${String(d).padStart(2, "0")}`;
  const info = getDayInfo(key).value;
  console.log(
    `  ${key} ${"一二三四五六日"[info.weekday - 1]} ${info.workday ? "上班" : "休息"} ${info.kind}${info.name ? ` (${info.name})` : ""}`,
  );
}
assert.deepEqual(getDayInfo("2026-02-14").value, {
  date: "2026-02-14",
  weekday: 6,
  workday: true,
  kind: "makeup",
  name: "春节",
  makeup: true,
  covered: true,
  hours: ["08:30-17:00"],
});
assert.equal(isWorkday("2026-02-16").value, false);

const friday = new Date("2026-02-13T17:30:00+08:00");
console.log("next opening after Fri 02-13 17:30:", china(nextWorkingTime(friday)));
assert.equal(china(nextWorkingTime(friday)), "2026-02-14 08:30");
assert.equal(china(nextWorkingTime(new Date("2026-02-14T17:00:00+08:00"))), "2026-02-24 08:30");

// A 24-business-hour complaint reply taken on Friday afternoon.
const due = addWorkingTime(new Date("2026-02-13T15:00:00+08:00"), { hours: 24 });
console.log("24 business hours from Fri 02-13 15:00:", china(due));
assert.equal(china(due), "2026-02-25 13:30");
assert.equal(
  workingTimeBetween(new Date("2026-02-13T15:00:00+08:00"), due.value).value,
  24 * 3_600_000,
);
assert.equal(addWorkdays("2026-09-30", 1).value, "2026-10-08");
assert.equal(addWorkdays("2026-10-09", 1).value, "2026-10-10");
assert.equal(addWorkdays("2026-02-24", -1).value, "2026-02-14");

// 2. The server's zone does not matter: an instant is read in China time.
assert.equal(isWorkday(new Date("2026-09-30T23:30:00-04:00")).value, false); // 10-01 in China

// 3. A depot with a lunch break and a Friday night shift.
const depot = createWorkCalendar({
  weeklyHours: {
    mon: ["08:30-12:00", "13:30-17:30"],
    tue: ["08:30-12:00", "13:30-17:30"],
    wed: ["08:30-12:00", "13:30-17:30"],
    thu: ["08:30-12:00", "13:30-17:30"],
    fri: ["08:30-12:00", "13:30-17:30", "22:00-06:00+1"],
  },
});
console.log(
  "\ndepot, Mon 03-09 12:30 → next opening:",
  china(nextWorkingTime(new Date("2026-03-09T12:30:00+08:00"), depot)),
);
assert.equal(
  china(nextWorkingTime(new Date("2026-03-09T12:30:00+08:00"), depot)),
  "2026-03-09 13:30",
);
assert.equal(isWorkingTime(new Date("2026-03-14T03:00:00+08:00"), depot).value, true); // Saturday 03:00

// 4. Next year's notice added by the host; strict mode refuses uncovered years.
const withNextYear = createWorkCalendar({
  strict: true,
  holidayYears: [{ year: 2027, days: [{ name: "元旦", date: "2027-01-01", isOffDay: true }] }],
});
console.log("\ncoverage with 2027 added:", withNextYear.coverage);
assert.deepEqual(withNextYear.coverage, { from: 2007, to: 2027 });
assert.equal(addWorkdays("2026-12-31", 1, withNextYear).value, "2027-01-04");
assert.equal(isWorkday("2028-03-01", withNextYear).error.code, "calendar/out-of-range");
assert.equal(getDayInfo("2027-03-01").value.covered, false); // default calendar: weekends-only fallback, flagged

// 5. Errors are data.
const bad = isWorkday("2026-02-30");
console.log("\nrefused:", bad.error.code, "-", bad.error.message);
assert.equal(bad.error.code, "calendar/invalid-date");
assert.equal(addWorkingTime(friday, { hours: -1 }).error.code, "calendar/invalid-duration");
const badOptions = tryCreateWorkCalendar({ weeklyHours: { mon: ["17:00-08:30"] }, locale: "en" });
console.log("bad options:", badOptions.error[0].field, "-", badOptions.error[0].message);
assert.equal(badOptions.error[0].code, "calendar/invalid-interval");
assert.throws(
  () => createWorkCalendar({ timeZone: "Mars/Olympus" }),
  /^CalendarConfigError: \[kuaidi-kefu\].*timeZone/,
);

console.log("\nall calendar checks passed");
