/** China wall time "YYYY-MM-DD HH:mm" → ISO string with +08:00 (valid after 1991: no DST). */
export const cn = (wall: string): string => `${wall.replace(" ", "T")}+08:00`;

/** An instant as China wall time "YYYY-MM-DD HH:mm" (seconds appended when not zero). */
export function wall(value: Date | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const ms = typeof value === "number" ? value : value.getTime();
  const s = new Date(ms + 8 * 3_600_000).toISOString();
  const base = s.slice(0, 16).replace("T", " ");
  return s.slice(16, 19) === ":00" ? base : `${base}${s.slice(16, 19)}`;
}

export const MIN = 60_000;
export const HOUR = 3_600_000;
