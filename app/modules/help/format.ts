/** How long something is kept, in the biggest whole unit that says it truly. */
export interface Period {
  unit: "year" | "month" | "day";
  count: number;
}

const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
/** Leap days and short months: 730 days is "2 years", 91 days "3 months". */
const SLACK_DAYS = 3;

export function retentionPeriod(days: number): Period {
  const years = Math.round(days / DAYS_PER_YEAR);
  if (years >= 1 && Math.abs(days - years * DAYS_PER_YEAR) <= SLACK_DAYS) return { unit: "year", count: years };
  const months = Math.round(days / DAYS_PER_MONTH);
  if (months >= 1 && Math.abs(days - months * DAYS_PER_MONTH) <= SLACK_DAYS) return { unit: "month", count: months };
  return { unit: "day", count: days };
}

/** A date as people write it in the UK, e.g. "2 November 2026", from yyyy-mm-dd. */
export function formatDay(isoDay: string, language: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  const locale = language === "en" ? "en-GB" : language;
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** A language's own name in the reader's language, e.g. "pl" → "Polish". */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language === "en" ? "en-GB" : language], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A `tel:` address for a number written for people, e.g. "0800 1111" → "tel:08001111". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}

/** An `sms:` address for a number to text. */
export function smsHref(phone: string): string {
  return `sms:${phone.replace(/[^0-9+]/g, "")}`;
}

/** A web address without "https://" and a trailing slash, as it reads aloud and in print. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}
