import type { HelpContacts } from "#db/schema/help-contacts.ts";

/** The help contacts form's fields, shared by the page and the server. */
export const CONTACT_KINDS = ["frontDoor", "earlyHelp"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_FIELDS = ["name", "phone", "website", "openingHours", "forWhom"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
/** Form fields are named `<kind>.<field>`, e.g. `frontDoor.phone`. */
export type ContactsFormField = `${ContactKind}.${ContactField}`;
export type ContactsValues = Record<ContactsFormField, string> & { reviewed: boolean };

export function contactsValues(contacts: HelpContacts): ContactsValues {
  const values = { reviewed: false } as ContactsValues;
  for (const kind of CONTACT_KINDS) {
    for (const field of CONTACT_FIELDS) values[`${kind}.${field}`] = contacts[kind][field] ?? "";
  }
  return values;
}

