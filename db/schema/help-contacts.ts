/** A partnership's own help contacts, kept in one reviewed place (never hard-coded). */
export interface HelpContact {
  /** What it is, in plain words, e.g. "Children's services front door". */
  name: string;
  phone?: string;
  website?: string;
  /** Opening hours as people would say them, e.g. "Monday to Friday, 9am to 5pm". */
  openingHours: string;
  /** Who it is for, e.g. "Anyone worried about a child in Northshire". */
  forWhom: string;
}

export interface HelpContacts {
  frontDoor: HelpContact;
  earlyHelp: HelpContact;
  /** ISO date (yyyy-mm-dd) the contacts were last checked. */
  lastReviewedOn: string;
}

/** The review day a new partnership's contacts carry until its admin checks them: shown as "not yet reviewed", never as a date. */
export const NEVER_REVIEWED = "1970-01-01";
