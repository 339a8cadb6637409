import path from "node:path";

export const PROJECT_ROOT = path.resolve(new URL("../..", import.meta.url).pathname);
/** Scratch space for test runs (git-ignored). */
export const TMP_DIR = path.join(PROJECT_ROOT, "tests/.tmp");
export const TEMPLATE_PATH = path.join(TMP_DIR, "pglite-template.tar");
