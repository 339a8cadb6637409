import { availableParallelism } from "node:os";
import path from "node:path";
import { retentionEnabled } from "~/modules/retention/scheduler.server";

/** Every setting Heard reads from the environment (the README lists them). */
export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
  databaseUrl?: string;
  dataDir: string;
  poolSize: number;
  seedDemo: boolean;
  sessionSecrets?: string[];
  /** Public form posts per minute from one address (per process); 0 turns the limit off. */
  postsPerMinute: number;
  /** Express "trust proxy": how to find the client's address behind a load balancer. */
  trustProxy?: string;
  /** The daily retention job (HEARD_RETENTION=off turns it off). */
  retention: boolean;
  /** HEARD_WORKERS: app processes this command runs (Node's cluster); 1 runs no cluster. */
  workers: number;
}

/**
 * HEARD_WORKERS: a whole number of worker processes, or "auto" (one per CPU).
 * Several workers need PostgreSQL: PGlite is one embedded database in one
 * process, which other processes cannot open.
 */
export function readWorkers(value: string | undefined, databaseUrl: string | undefined, cpus = availableParallelism()): number {
  const raw = (value ?? "").trim().toLowerCase();
  if (raw === "") return 1;
  const workers = raw === "auto" ? cpus : Number(raw);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new Error(`HEARD_WORKERS must be a whole number from 1 to 256, or "auto" (one per CPU); it is "${value}"`);
  }
  if (workers > 1 && !databaseUrl) {
    throw new Error(
      `HEARD_WORKERS=${value} needs PostgreSQL: set DATABASE_URL. The embedded PGlite database (used when DATABASE_URL is not set) ` +
        "lives inside one process and cannot be shared by several; run one process (unset HEARD_WORKERS) or use PostgreSQL.",
    );
  }
  return workers;
}

export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const secrets = env.HEARD_SESSION_SECRET?.split(",").map((s) => s.trim()).filter(Boolean);
  if (secrets && secrets.some((s) => s.length < 32)) {
    throw new Error("HEARD_SESSION_SECRET: each secret must be at least 32 characters");
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "0.0.0.0",
    production: env.NODE_ENV === "production",
    databaseUrl,
    dataDir: path.resolve(cwd, env.HEARD_DATA_DIR ?? ".data"),
    poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
    seedDemo: env.HEARD_DEMO !== "0",
    sessionSecrets: secrets && secrets.length > 0 ? secrets : undefined,
    postsPerMinute: Number(env.HEARD_POSTS_PER_MINUTE ?? 1200),
    trustProxy: env.HEARD_TRUST_PROXY || undefined,
    retention: retentionEnabled(env.HEARD_RETENTION),
    workers: readWorkers(env.HEARD_WORKERS, databaseUrl),
  };
}
