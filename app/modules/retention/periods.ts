// How long things are kept, and the day arithmetic behind it. Days are UK
// calendar days written yyyy-mm-dd (responses and feedback keep the day only).
//
// A thing kept for N days from day D is kept up to and including day D + N
// (its period ends that day) and deleted on the day after, D + N + 1: in
// SQL, `D + N < today`.

/** Feedback belongs to no survey: these periods apply to the whole partnership. */
export const FEEDBACK_RAW_TEXT_DAYS = 90;
/** Whole pieces of feedback (their redacted copy, codes and quotes with them). */
export const FEEDBACK_RETENTION_DAYS = 730;
/** Responses never sent (still in progress, or ended by "Exit this page" before sending), from the day they were started. */
export const UNSENT_RESPONSE_DAYS = 30;

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day (yyyy-mm-dd): ${day}`);
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) throw new Error(`not a real day: ${day}`);
  return ms / DAY_MS;
}

/** The calendar day `days` after `day` (before it when negative). Days, not hours: clock changes do not matter. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The last day something from `day` is kept for a period of `days`. */
export function lastDayKept(day: string, days: number): string {
  return addDays(day, days);
}

/** Whether something from `day`, kept for `days`, has expired by `today` (it goes on the day after its last day). */
export function hasExpired(day: string, days: number, today: string): boolean {
  return dayNumber(day) + days < dayNumber(today);
}

/** Things from before this day have expired by `today` for a period of `days` (`day < cutoff` ⇔ `hasExpired`). */
export function expiryCutoff(today: string, days: number): string {
  return addDays(today, -days);
}
