// How much an answers import takes. Shared with the server (app/server/main.ts), which
// lets this one route post more than its usual limit.

/** The largest file taken (bytes), and the most rows. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

/** The most a post to the import page may carry: the file (or, in the later steps, its text in a form field) and a few small fields. */
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_FILE_BYTES + 256 * 1024;

/** The import page's address: /staff/p/<slug>/surveys/<id>/import-answers (and its single-fetch `.data`). */
export const IMPORT_ANSWERS_PATH = /^\/staff\/p\/[^/]+\/surveys\/[^/]+\/import-answers(?:\.data)?$/;
