/**
 * The review target for the safeguarding triage queue: under Working
 * Together 2023 a referral is acknowledged within one working day. Something
 * flagged on a day is due by the end of the next working day (Monday to
 * Friday; bank holidays are not known here, so they count as working days:
 * the tag shows a day early rather than late).
 */

function dayOf(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first Monday-to-Friday day after `iso` (yyyy-mm-dd). */
export function nextWorkingDay(iso: string): string {
  const date = dayOf(iso);
  do {
    date.setUTCDate(date.getUTCDate() + 1);
  } while (date.getUTCDay() === 0 || date.getUTCDay() === 6);
  return isoOf(date);
}

/** The last day a flag raised on `flaggedOn` can be reviewed within one working day. */
export function reviewDueBy(flaggedOn: string): string {
  return nextWorkingDay(flaggedOn);
}

/** A flag still waiting for review after its one working day has passed (days are UK days, yyyy-mm-dd). */
export function isOverdue(
  flag: { status: "new" | "reviewed"; flaggedOn: string },
  today: string
): boolean {
  return flag.status === "new" && today > reviewDueBy(flag.flaggedOn);
}
