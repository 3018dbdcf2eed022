import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  CHINA_HOLIDAY_YEARS,
  addWorkdays,
  getDayInfo,
  isWorkday,
  nextWorkingTime,
} from "kuaidi-kefu/calendar";
import {
  CN_HOLIDAY_NAMES,
  CN_HOLIDAY_SOURCE,
  CN_HOLIDAY_TABLE,
} from "../../src/calendar/data/cn-holidays.ts";

interface Source {
  source: string;
  years: Record<string, { date: string; name: string; isOffDay: boolean }[]>;
}
const root = fileURLToPath(new URL("../..", import.meta.url));
const source = JSON.parse(readFileSync(`${root}data/calendar/cn-holidays.json`, "utf8")) as Source;
const records = Object.values(source.years).flat();

const iso = (r: { ok: boolean; value?: unknown }): unknown =>
  r.ok ? (r.value as Date).toISOString() : r;

describe("built-in China holiday table", () => {
  it("is the generated form of data/calendar/cn-holidays.json (20 years, 678 records)", () => {
    expect(CN_HOLIDAY_SOURCE).toBe(source.source);
    expect(CN_HOLIDAY_TABLE.map(([y]) => y)).toEqual(Object.keys(source.years).map(Number));
    expect(records).toHaveLength(678);
    for (const [year, triples] of CN_HOLIDAY_TABLE) {
      const days = source.years[String(year)] ?? [];
      expect(triples.length).toBe(days.length * 3);
      days.forEach((d, i) => {
        expect(new Date((triples[i * 3] as number) * 86_400_000).toISOString().slice(0, 10)).toBe(
          d.date,
        );
        expect(triples[i * 3 + 1]).toBe(d.isOffDay ? 1 : 0);
        expect(CN_HOLIDAY_NAMES[triples[i * 3 + 2] as number]).toBe(d.name);
      });
    }
    expect(CHINA_HOLIDAY_YEARS).toEqual({ from: 2007, to: 2026, source: source.source });
  });

  it("makes every listed working day a workday and every listed day off not, with its name", () => {
    for (const r of records) {
      const info = getDayInfo(r.date);
      expect(info.ok).toBe(true);
      if (!info.ok) continue;
      expect(info.value.workday).toBe(!r.isOffDay);
      expect(info.value.name).toBe(r.name);
      expect(isWorkday(r.date)).toEqual({ ok: true, value: !r.isOffDay });
      const weekend = info.value.weekday >= 6;
      if (!r.isOffDay) {
        expect(info.value.kind).toBe(weekend ? "makeup" : "workday");
        expect(info.value.makeup).toBe(weekend);
      } else expect(info.value.kind).toBe("holiday");
    }
  });

  it("counts make-up days and days off per the data (weekend make-up days only)", () => {
    const makeups = records.filter(
      (r) => !r.isOffDay && [0, 6].includes(new Date(`${r.date}T00:00:00Z`).getUTCDay()),
    );
    expect(makeups.length).toBeGreaterThan(100);
    expect(
      makeups.every((r) => isWorkday(r.date).ok && (isWorkday(r.date) as { value: boolean }).value),
    ).toBe(true);
  });

  it("keeps the December dates filed under the next year", () => {
    for (const date of [
      "2006-12-30",
      "2006-12-31",
      "2007-12-29",
      "2007-12-30",
      "2007-12-31",
      "2011-12-31",
      "2018-12-29",
      "2018-12-30",
      "2018-12-31",
      "2022-12-31",
    ]) {
      const info = getDayInfo(date);
      expect(info.ok && info.value.name).toBe("元旦");
    }
    expect(getDayInfo("2018-12-29")).toMatchObject({
      ok: true,
      value: { workday: true, makeup: true },
    });
    expect(addWorkdays("2018-12-28", 1)).toEqual({ ok: true, value: "2018-12-29" });
    // 2006 is not a covered year even though two of its dates are listed.
    expect(getDayInfo("2006-12-30")).toMatchObject({
      ok: true,
      value: { covered: false, workday: true },
    });
  });

  it("handles the irregular years: 2015 victory day, 2020 extension, 2025 reform", () => {
    expect(getDayInfo("2015-09-03")).toMatchObject({
      ok: true,
      value: { workday: false, kind: "holiday" },
    });
    expect(getDayInfo("2015-09-04")).toMatchObject({ ok: true, value: { workday: false } });
    expect(getDayInfo("2015-09-06")).toMatchObject({
      ok: true,
      value: { workday: true, kind: "makeup", weekday: 7 },
    });
    for (const d of ["2020-01-31", "2020-02-01", "2020-02-02"])
      expect(isWorkday(d)).toEqual({ ok: true, value: false });
    expect(getDayInfo("2020-02-03")).toMatchObject({
      ok: true,
      value: { workday: true, kind: "workday", makeup: false },
    });
    expect(getDayInfo("2025-01-28")).toMatchObject({
      ok: true,
      value: { workday: false, name: "春节" },
    }); // 除夕
    expect(getDayInfo("2025-05-02")).toMatchObject({
      ok: true,
      value: { workday: false, name: "劳动节" },
    });
  });

  it("has the 2026 arrangement", () => {
    const off = [
      "2026-01-01",
      "2026-01-03",
      "2026-02-15",
      "2026-02-23",
      "2026-04-06",
      "2026-05-05",
      "2026-06-19",
      "2026-09-27",
      "2026-10-07",
    ];
    const work = [
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ];
    for (const d of off) expect(isWorkday(d)).toEqual({ ok: true, value: false });
    for (const d of work)
      expect(getDayInfo(d)).toMatchObject({ ok: true, value: { workday: true, makeup: true } });
  });

  it("answers the reference anchors (08:30-17:00)", () => {
    expect(iso(nextWorkingTime(new Date("2026-02-13T17:30:00+08:00")))).toBe(
      "2026-02-14T00:30:00.000Z",
    );
    expect(iso(nextWorkingTime(new Date("2026-02-14T17:00:00+08:00")))).toBe(
      "2026-02-24T00:30:00.000Z",
    );
    expect(addWorkdays("2026-09-30", 1)).toEqual({ ok: true, value: "2026-10-08" });
    expect(addWorkdays("2026-10-09", 1)).toEqual({ ok: true, value: "2026-10-10" });
    expect(isWorkday("2015-09-06")).toEqual({ ok: true, value: true });
    expect(isWorkday("2020-02-01")).toEqual({ ok: true, value: false });
  });

  it("agrees day by day, 2007-2026, with the rule 'listed wins, else Monday-Friday'", () => {
    const listed = new Map(records.map((r) => [r.date, !r.isOffDay]));
    let days = 0;
    for (let t = Date.UTC(2007, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const key = new Date(t).toISOString().slice(0, 10);
      const dow = new Date(t).getUTCDay();
      const expected = listed.get(key) ?? (dow >= 1 && dow <= 5);
      const got = isWorkday(key);
      if (!got.ok || got.value !== expected)
        expect([key, got]).toEqual([key, { ok: true, value: expected }]);
      days++;
    }
    expect(days).toBe(7305);
  });
});
