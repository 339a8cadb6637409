const UK = "Europe/London";

/** Today's date in the UK, yyyy-mm-dd. */
export function ukToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: UK, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A moment as people in the UK read it, e.g. "2 November 2026, 14:05". */
export function formatUkDateTime(at: Date | string, language = "en"): string {
  const date = typeof at === "string" ? new Date(at) : at;
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, {
    timeZone: UK,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
