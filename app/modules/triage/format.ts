/** A UK day (yyyy-mm-dd) as people read it, e.g. "Mon 23 November 2026". Safe in the browser. */
export function formatDay(
  iso: string,
  language = "en",
  weekday = true
): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, {
    weekday: weekday ? "short" : undefined,
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}
