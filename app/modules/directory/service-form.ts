/** The service form's fields, shared by the page and the server. */
export const SERVICE_TEXT_FIELDS = ["name", "summary", "phone", "text", "website", "walkIn", "openingHours", "languages", "cost"] as const;
export const SERVICE_LIST_FIELDS = ["needs", "audiences", "areas"] as const;
export type ServiceField = (typeof SERVICE_TEXT_FIELDS)[number] | (typeof SERVICE_LIST_FIELDS)[number];

export type ServiceValues = Record<(typeof SERVICE_TEXT_FIELDS)[number], string> &
  Record<(typeof SERVICE_LIST_FIELDS)[number], string[]> & { national: boolean; reviewed: boolean };

export const BLANK_SERVICE: ServiceValues = {
  name: "",
  summary: "",
  phone: "",
  text: "",
  website: "",
  walkIn: "",
  openingHours: "",
  languages: "en",
  cost: "",
  needs: [],
  audiences: [],
  areas: [],
  national: false,
  reviewed: false,
};

