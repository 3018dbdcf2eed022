import { createIssue, type Locale, type MessageCatalog } from "../core/issue.ts";
import type { CalendarIssue, CalendarOptionIssue } from "./types.ts";

type OptionParams = { readonly field: string; readonly value: string; readonly expected: string };

type CalendarMessages = {
  "calendar/invalid-date": { readonly input: string };
  "calendar/invalid-duration": { readonly input: string };
  "calendar/invalid-count": { readonly input: string };
  "calendar/invalid-calendar": Record<never, never>;
  "calendar/out-of-range": { readonly date: string; readonly from: number; readonly to: number };
  "calendar/no-working-time": { readonly from: string };
  "calendar/invalid-option": OptionParams;
  "calendar/unknown-time-zone": OptionParams;
  "calendar/invalid-interval": OptionParams;
  "calendar/overlapping-intervals": OptionParams;
  "calendar/conflicting-dates": OptionParams;
};

/** Messages of every calendar code, zh-CN and English (listed in docs/calendar.md). */
export const CALENDAR_MESSAGES: MessageCatalog<CalendarMessages> = {
  "calendar/invalid-date": {
    "zh-CN": (p) => `无效的日期或时间：${p.input}（应为 Date、毫秒时间戳或 YYYY-MM-DD）`,
    en: (p) =>
      `invalid date or instant: ${p.input} (expected a Date, epoch milliseconds or YYYY-MM-DD)`,
  },
  "calendar/invalid-duration": {
    "zh-CN": (p) => `无效的时长：${p.input}（应为非负毫秒数或 { days, hours, minutes }）`,
    en: (p) =>
      `invalid duration: ${p.input} (expected non-negative milliseconds or { days, hours, minutes })`,
  },
  "calendar/invalid-count": {
    "zh-CN": (p) => `无效的工作日天数：${p.input}（应为整数）`,
    en: (p) => `invalid number of workdays: ${p.input} (expected an integer)`,
  },
  "calendar/invalid-calendar": {
    "zh-CN": () => "最后一个参数不是 createWorkCalendar 创建的工作日历",
    en: () => "the last argument is not a calendar made by createWorkCalendar",
  },
  "calendar/out-of-range": {
    "zh-CN": (p) => `${p.date} 超出范围：只支持 ${p.from}–${p.to} 年`,
    en: (p) => `${p.date} is out of range: only years ${p.from}-${p.to} are supported`,
  },
  "calendar/no-working-time": {
    "zh-CN": (p) => `自 ${p.from} 起在支持范围内没有工作时间`,
    en: (p) => `no working time from ${p.from} within the supported range`,
  },
  "calendar/invalid-option": {
    "zh-CN": (p) => `日历选项 ${p.field} 无效：${p.value}（应为 ${p.expected}）`,
    en: (p) => `calendar option ${p.field} is invalid: ${p.value} (expected ${p.expected})`,
  },
  "calendar/unknown-time-zone": {
    "zh-CN": (p) => `日历选项 ${p.field}：未知时区 ${p.value}（应为 ${p.expected}）`,
    en: (p) => `calendar option ${p.field}: unknown time zone ${p.value} (expected ${p.expected})`,
  },
  "calendar/invalid-interval": {
    "zh-CN": (p) => `日历选项 ${p.field}：时段 ${p.value} 无效（应为 ${p.expected}）`,
    en: (p) =>
      `calendar option ${p.field}: interval ${p.value} is invalid (expected ${p.expected})`,
  },
  "calendar/overlapping-intervals": {
    "zh-CN": (p) => `日历选项 ${p.field}：时段 ${p.value} 与其他时段重叠（${p.expected}）`,
    en: (p) => `calendar option ${p.field}: interval ${p.value} overlaps another (${p.expected})`,
  },
  "calendar/conflicting-dates": {
    "zh-CN": (p) => `日历选项 ${p.field}：日期 ${p.value} 冲突（${p.expected}）`,
    en: (p) => `calendar option ${p.field}: date ${p.value} conflicts (${p.expected})`,
  },
};

/** Builds a query error in the calendar's locale. */
export function queryIssue<C extends CalendarIssue["code"]>(
  code: C,
  params: CalendarMessages[C],
  locale: Locale,
): CalendarIssue {
  return createIssue(CALENDAR_MESSAGES, code, params, { locale }) as CalendarIssue;
}

/** Builds an option error naming the field (also given as a path). */
export function optionIssue(
  code: CalendarOptionIssue["code"],
  field: string,
  value: string,
  expected: string,
  locale: Locale,
): CalendarOptionIssue {
  return createIssue(
    CALENDAR_MESSAGES,
    code,
    { field, value, expected },
    { locale, path: fieldPath(field) },
  ) as CalendarOptionIssue;
}

/** `'weeklyHours.mon[1]'` → `['weeklyHours', 'mon', 1]`. */
function fieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  let cur = "";
  for (let i = 0; i < field.length; i++) {
    const ch = field[i];
    if (ch === "." || ch === "[" || ch === "]") {
      if (cur !== "") out.push(ch === "]" ? Number(cur) : cur);
      cur = "";
    } else cur += ch;
  }
  if (cur !== "") out.push(cur);
  return out;
}

/** Short printable description of any value for messages (bounded length). */
export function describe(value: unknown): string {
  let s: string;
  if (typeof value === "string")
    s = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  else if (value instanceof Date)
    s = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    s = String(value);
  else if (value === null) s = "null";
  else if (value === undefined) s = "undefined";
  else if (Array.isArray(value)) s = "array";
  else s = typeof value;
  return s;
}
