import { civilFromDays } from "../core/civil.ts";
// The order time's wall-clock form, read by hand: this runs on every order, and a regex with six
// capture groups plus `new Date(…).toISOString()` was a tenth of validateOrder's time.

/** Year, month, day, hour, minute, second of a local wall time as written. */
export type WallTime = readonly [number, number, number, number, number, number];

function digit(t: string, i: number): number {
  const c = t.charCodeAt(i);
  return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
}

// One or two ASCII digits at `i`: [value, end], or undefined.
function num12(t: string, i: number): [number, number] | undefined {
  const a = digit(t, i);
  if (a < 0) return undefined;
  const b = digit(t, i + 1);
  return b < 0 ? [a, i + 1] : [a * 10 + b, i + 2];
}

/**
 * `YYYY-MM-DD`, `YYYY/M/D`, `YYYY.M.D`, `YYYY年M月D日`, optionally followed by ` HH:mm`,
 * `THH:mm:ss`, `HH时mm分`, `HH点mm分ss秒` …: exactly the texts of the pattern
 * `^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2})[:时点](\d{1,2})(?:分|[:分](\d{1,2})秒?)?)?$`,
 * with missing time parts 0. The numbers are not range-checked here.
 */
export function scanWallTime(t: string): WallTime | undefined {
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = digit(t, i);
    if (d < 0) return undefined;
    y = y * 10 + d;
  }
  let c = t.charAt(4);
  if (c !== "-" && c !== "/" && c !== "." && c !== "年") return undefined;
  const mo = num12(t, 5);
  if (!mo) return undefined;
  c = t.charAt(mo[1]);
  if (c !== "-" && c !== "/" && c !== "." && c !== "月") return undefined;
  const d = num12(t, mo[1] + 1);
  if (!d) return undefined;
  let i = d[1];
  if (t.charAt(i) === "日") i++;
  if (i === t.length) return [y, mo[0], d[0], 0, 0, 0];
  c = t.charAt(i);
  if (c !== " " && c !== "T") return undefined;
  const h = num12(t, i + 1);
  if (!h) return undefined;
  c = t.charAt(h[1]);
  if (c !== ":" && c !== "时" && c !== "点") return undefined;
  const mi = num12(t, h[1] + 1);
  if (!mi) return undefined;
  i = mi[1];
  if (i === t.length) return [y, mo[0], d[0], h[0], mi[0], 0];
  c = t.charAt(i);
  if (c === "分" && i + 1 === t.length) return [y, mo[0], d[0], h[0], mi[0], 0];
  if (c !== ":" && c !== "分") return undefined;
  const s = num12(t, i + 1);
  if (!s) return undefined;
  i = s[1];
  if (t.charAt(i) === "秒") i++;
  return i === t.length ? [y, mo[0], d[0], h[0], mi[0], s[0]] : undefined;
}

// "00" … "99", so formatting needs no padding loops.
const TWO: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

/**
 * `new Date(ms).toISOString()` for instants of the years 0000-9999 (four-digit years), from the
 * civil date of the day number (core `civilFromDays`), without building a Date.
 */
export function isoOfUtcMs(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const { year, month, day } = civilFromDays(days);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  const ms3 = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`;
  return `${TWO[Math.floor(year / 100)]}${TWO[year % 100]}-${TWO[month]}-${TWO[day]}T${TWO[h]}:${TWO[mi]}:${TWO[s]}.${ms3}Z`;
}
